namespace Par.Core.Tests;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("vi", "vi")]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("en-US", "en")]
    [InlineData("en_GB", "en")]
    [InlineData("vi-VN", "vi")]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Find_matches_the_code_or_its_language_part(string? code, string? expected) =>
        Assert.Equal(expected, Language.Find(code, [Language.Vi, Language.En])?.Code);

    [Fact]
    public void One_instance_per_code() => Assert.Same(Language.En, Language.Of("EN"));

    [Fact]
    public void A_code_dotnet_does_not_know_fails_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => Language.Of("zz-nowhere"));

        Assert.Contains("'zz-nowhere'", e.Message);
    }

    [Theory]
    [InlineData("vi", 62.5, "62,5")]
    [InlineData("en", 62.5, "62.5")]
    [InlineData("vi", 1234.567, "1234,57")]
    [InlineData("en", 100, "100")]
    public void Numbers_follow_the_languages_culture_without_grouping(string code, double value, string expected) =>
        Assert.Equal(expected, Language.Of(code).Number((decimal)value));
}
