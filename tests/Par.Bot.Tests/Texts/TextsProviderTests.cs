using Par.Bot.Texts;
using Par.Core;

namespace Par.Bot.Tests.Texts;

public sealed class TextsProviderTests
{
    [Theory]
    [InlineData("vi", "vi")]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("EN", "en")]
    [InlineData("fr", "vi")]
    [InlineData(null, "vi")]
    public void A_code_reads_as_the_language_it_names_or_vietnamese(string? code, string expected) =>
        Assert.Equal(expected, TextsProvider.For(code).Language.Code);

    [Theory]
    [InlineData("vi", true)]
    [InlineData("en", true)]
    [InlineData("en-US", false)]
    [InlineData("fr", false)]
    public void Lang_and_the_settings_take_exactly_a_spoken_code(string code, bool spoken) =>
        Assert.Equal(spoken, TextsProvider.Speaks(code));

    [Theory]
    [InlineData("2025-04", "vi", "tháng 4/2025")]
    [InlineData("2025-12", "vi", "tháng 12/2025")]
    [InlineData("2025-04", "en", "April 2025")]
    [InlineData("2025-12", "en-US", "December 2025")]
    [InlineData("2025-Q1", "vi", "quý I/2025")]
    [InlineData("2025-Q2", "vi", "quý II/2025")]
    [InlineData("2025-Q3", "vi", "quý III/2025")]
    [InlineData("2025-Q4", "vi", "quý IV/2025")]
    [InlineData("2025-Q2", "en", "Q2 2025")]
    [InlineData("2025", "vi", "năm 2025")]
    [InlineData("2025", "en", "2025")]
    [InlineData("2025-04", "fr", "tháng 4/2025")]
    public void Periods_are_named_in_the_users_language(string text, string code, string expected)
    {
        Assert.True(Par.Core.Periods.Period.TryParse(text, out var period));

        Assert.Equal(expected, ((Par.Bot.Texts.Texts)TextsProvider.For(code)).PeriodName(period));
    }

    [Theory]
    [InlineData("vi", "• Hồ sơ được giải quyết trước hạn, đúng hạn (<code>ONTIME</code>): 62,5%")]
    [InlineData("en", "• Dossiers settled early or on time (<code>ONTIME</code>): 62.5%")]
    public void Rates_are_written_the_languages_way(string code, string expectedLine)
    {
        var references = new Par.Core.References.PeriodReferences { Period = "2025-Q1", Rates = new() { ["ONTIME"] = 62.5m } };

        var text = TextsProvider.For(code).ReferenceList(Par.Core.Periods.Period.ForQuarter(2025, 1), references, Par.Core.Indicators.IndicatorCatalog.Default);

        Assert.Equal(expectedLine, text.Split('\n')[1]);
    }
}
