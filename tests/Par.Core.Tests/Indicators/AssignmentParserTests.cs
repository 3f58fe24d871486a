using Par.Core.Indicators;

namespace Par.Core.Tests.Indicators;

public sealed class AssignmentParserTests
{
    [Theory]
    [InlineData("ONTIME=490/500 DISCLOSE=100 ONLINE=62,5%", "ONTIME=490/500 DISCLOSE=100 ONLINE=62.5")]
    [InlineData("ontime = 490 / 500 ; disclose=100, online=62.5 %", "ONTIME=490/500 DISCLOSE=100 ONLINE=62.5")]
    [InlineData("ONTIME=490/500,DISCLOSE=100;ONLINE=62,5", "ONTIME=490/500 DISCLOSE=100 ONLINE=62.5")]
    [InlineData("ONTIME=490/500\tDISCLOSE=100\tONLINE=62,5\t", "ONTIME=490/500 DISCLOSE=100 ONLINE=62.5")]
    [InlineData("  Satisfaction=90  ", "SATISFACTION=90")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Parse_reads_every_pair_with_the_catalogues_code(string? text, string expected)
    {
        var result = AssignmentParser.Parse(text, IndicatorCatalog.Default);

        Assert.Empty(result.Errors);
        Assert.True(result.IsSuccess);
        Assert.Equal(expected, Describe(result.Assignments));
    }

    [Theory]
    [InlineData("FOO=5", "FOO=5", AssignmentErrorKind.UnknownCode, null)]
    [InlineData("ON-TIME=5", "ON-", AssignmentErrorKind.Malformed, null)]
    [InlineData("ONTIME=5/5 ontime=6/6", "ontime=6/6", AssignmentErrorKind.DuplicateCode, null)]
    [InlineData("ONTIME=abc", "ONTIME=abc", AssignmentErrorKind.BadValue, ValueParseError.NotANumber)]
    [InlineData("ONTIME=", "ONTIME=", AssignmentErrorKind.BadValue, ValueParseError.Empty)]
    [InlineData("ONTIME=;", "ONTIME=", AssignmentErrorKind.BadValue, ValueParseError.Empty)]
    [InlineData("ONLINE=101", "ONLINE=101", AssignmentErrorKind.BadValue, ValueParseError.OverHundred)]
    [InlineData("ONTIME=501/500", "ONTIME=501/500", AssignmentErrorKind.BadValue, ValueParseError.NumeratorOverDenominator)]
    [InlineData("ONTIME=5 extra", "ONTIME=5 extra", AssignmentErrorKind.BadValue, ValueParseError.NotANumber)]
    [InlineData("hello ONTIME=5", "hello", AssignmentErrorKind.Malformed, null)]
    [InlineData("hello", "hello", AssignmentErrorKind.Malformed, null)]
    [InlineData("=5", "=5", AssignmentErrorKind.Malformed, null)]
    [InlineData("ONTIME==5", "=5", AssignmentErrorKind.Malformed, null)]
    public void Parse_reports_the_token_it_refused(
        string text, string token, AssignmentErrorKind kind, ValueParseError? valueError)
    {
        var result = AssignmentParser.Parse(text, IndicatorCatalog.Default);

        var error = Assert.Single(result.Errors, e => e.Token == token);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(valueError, error.ValueError);
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Parse_keeps_the_good_pairs_around_bad_ones()
    {
        var result = AssignmentParser.Parse(
            "FOO=1 ONTIME=490/500 ONLINE=x DISCLOSE=100 ontime=1/1", IndicatorCatalog.Default);

        Assert.Equal("ONTIME=490/500 DISCLOSE=100", Describe(result.Assignments));
        Assert.Equal(
            ["FOO=1 UnknownCode", "ONLINE=x BadValue", "ontime=1/1 DuplicateCode"],
            result.Errors.Select(e => $"{e.Token} {e.Kind}"));
    }

    private static string Describe(IEnumerable<Assignment> assignments) =>
        string.Join(" ", assignments.Select(a => $"{a.Code}={a.Value.Display(Language.En).Split(' ')[0].TrimEnd('%')}"));
}
