using Par.Core.Indicators;

namespace Par.Core.Tests.Indicators;

public sealed class IndicatorDefinitionTests
{
    private static readonly IndicatorDefinition Feedback = new()
    {
        Code = "FEEDBACK", NameVi = "Phản ánh, kiến nghị được xử lý đúng hạn", NameEn = "Citizens' feedback handled on time",
        Area = "Mức độ hài lòng", AreaEn = "Satisfaction",
    };

    [Theory]
    [InlineData("Xử lý phản ánh", "Feedback", "vi", "Xử lý phản ánh")]
    [InlineData("Xử lý phản ánh", "Feedback", "en", "Feedback")]
    [InlineData(null, null, "vi", "Phản ánh, kiến nghị được xử lý đúng hạn")]
    [InlineData(null, null, "en", "Citizens' feedback handled on time")]
    [InlineData("Xử lý phản ánh", null, "en", "Citizens' feedback handled on time")]
    [InlineData("Xử lý phản ánh", "Feedback", "fr", "Feedback")]
    [InlineData("Xử lý phản ánh", null, "fr", "Citizens' feedback handled on time")]
    public void ShortName_is_the_configured_short_name_else_the_full_one_and_English_for_a_third_language(string? shortVi, string? shortEn, string language, string expected)
    {
        Assert.Equal(expected, (Feedback with { ShortVi = shortVi, ShortEn = shortEn }).ShortName(Language.Of(language)));
    }
}
