using Par.Core.Indicators;

namespace Par.Core.Tests.Ranking;

/// <summary>Test data written the way units report: <c>ONTIME=490/500 DISCLOSE=100</c>.</summary>
internal static class Reports
{
    public static IReadOnlyDictionary<string, IndicatorValue> Of(string line, IndicatorCatalog? catalog = null)
    {
        var parsed = AssignmentParser.Parse(line, catalog ?? IndicatorCatalog.Default);
        Assert.Empty(parsed.Errors);
        return parsed.Assignments.ToDictionary(a => a.Code, a => a.Value);
    }
}
