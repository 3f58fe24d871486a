using System.Text;
using System.Text.Json;
using Par.Core.Portal;

namespace Par.Core.Tests.Portal;

public sealed class PortalFileParserTests
{
    [Theory]
    [InlineData("transparency", "transparency")]
    [InlineData("dvc-progress-tree", "progress")]
    [InlineData("provide-online-tree", "online")]
    [InlineData("formality-online-payment-tree", "payment")]
    [InlineData("dossier-digitized", "digitisation")]
    [InlineData("handling-satisfaction", "satisfaction")]
    public void Each_response_is_recognised_by_its_shape_whatever_its_name(string endpoint, string group)
    {
        var result = Parse(Samples.Bytes(endpoint));

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(group, result.File.Group.Code);
        Assert.Equal(13, result.File.Units.Count);
    }

    [Theory]
    [InlineData("transparency")]
    [InlineData("dvc-progress-tree")]
    [InlineData("provide-online-tree")]
    [InlineData("formality-online-payment-tree")]
    [InlineData("dossier-digitized")]
    [InlineData("handling-satisfaction")]
    public void Every_unit_of_the_sample_reproduces_its_published_scores_to_the_hundredth(string endpoint)
    {
        var file = Parse(Samples.Bytes(endpoint)).File!;
        var published = PublishedTotals(endpoint);

        Assert.All(file.Units, unit =>
        {
            Assert.All(unit.Metrics, metric => Assert.True(metric.Official == metric.Computed, $"{unit.Name} {metric.Code}: {metric.Official} ≠ {metric.Computed}"));
            Assert.Equal(published[unit.Id], unit.Metrics.Sum(metric => metric.Computed ?? 0));
        });
    }

    [Fact]
    public void Counts_ratios_data_quality_and_not_scored_metrics_are_kept_as_published()
    {
        var office = Parse(Samples.Bytes("transparency")).File!.Units[0];

        var publish = office.Metrics.Single(metric => metric.Code == "PUBLISH_ON_TIME");
        var sync = office.Metrics.Single(metric => metric.Code == "DOSSIER_SYNC");
        Assert.Equal((12m, 19m, 63.16m, 3.79m), (publish.Numerator, publish.Denominator, publish.Ratio, publish.Official));
        Assert.Null(sync.Official);
        Assert.Null(sync.Computed);
        Assert.Equal("NO_NATIONAL_REPORT_DATA", sync.DataQuality);
        Assert.Null(office.Code);
        Assert.Equal("PROVINCE", office.Level);
    }

    [Fact]
    public void Information_only_metrics_are_read_past()
    {
        var satisfaction = Parse(Samples.Bytes("handling-satisfaction")).File!;

        Assert.DoesNotContain(satisfaction.Units.SelectMany(unit => unit.Metrics), metric => metric.Code.StartsWith("PETITION_CLASSIFICATION", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<html>502 Bad Gateway</html>", PortalFileErrorKind.NotJson, "")]
    [InlineData("{\"code\": \"OK\", \"data\": ", PortalFileErrorKind.NotJson, "")]
    [InlineData("[1, 2]", PortalFileErrorKind.UnknownShape, "code")]
    [InlineData("{\"code\": \"UNAUTHORIZED\", \"message\": \"Token hết hạn\"}", PortalFileErrorKind.NotOk, "UNAUTHORIZED")]
    [InlineData("{\"code\": \"OK\", \"data\": {\"rows\": []}}", PortalFileErrorKind.UnknownShape, "evaluation[] / children[]")]
    [InlineData("{\"code\": \"OK\", \"data\": {\"children\": [{\"departmentId\": \"x\", \"totalScore\": 1, \"totalMaxScore\": 7}]}}", PortalFileErrorKind.UnknownShape, "children[]")]
    [InlineData("{\"code\": \"OK\", \"data\": {\"evaluation\": [{\"departmentId\": \"x\", \"departmentName\": \"Sở A\", \"metrics\": [{\"code\": \"NEW_METRIC\", \"score\": 1, \"maxScore\": 2}]}]}}", PortalFileErrorKind.UnknownMetric, "NEW_METRIC")]
    [InlineData("{\"code\": \"OK\", \"data\": {\"evaluation\": [{\"departmentName\": \"Sở A\", \"metrics\": []}]}}", PortalFileErrorKind.MissingId, "departmentId")]
    [InlineData("{\"code\": \"OK\", \"data\": {\"evaluation\": [{\"departmentId\": \"x\", \"departmentName\": \"Sở A\", \"metrics\": [{\"code\": \"PUBLISH_ON_TIME\", \"numerator\": \"12\", \"denominator\": 19, \"score\": 3.79}]}]}}", PortalFileErrorKind.NotANumber, "numerator: \"12\"")]
    [InlineData("{\"code\": \"OK\", \"data\": {\"evaluation\": [{\"departmentId\": \"x\", \"departmentName\": \"Sở A\", \"metrics\": [{\"code\": \"PUBLISH_ON_TIME\"}, {\"code\": \"DOSSIER_RECEIVING_SATISFACTION\"}]}]}}", PortalFileErrorKind.UnknownShape, "DOSSIER_RECEIVING_SATISFACTION ≠ transparency")]
    public void A_bad_response_is_refused_precisely(string json, PortalFileErrorKind kind, string detail)
    {
        var result = Parse(Encoding.UTF8.GetBytes(json));

        Assert.False(result.Succeeded);
        Assert.Equal(kind, result.Error.Kind);
        Assert.Equal(detail, result.Error.Detail);
    }

    [Fact]
    public void A_number_that_is_not_a_number_names_the_unit_and_the_field()
    {
        var json = Encoding.UTF8.GetString(Samples.Bytes("dvc-progress-tree")).Replace("\"totalOnTime\": 1166", "\"totalOnTime\": true", StringComparison.Ordinal);

        var error = Parse(Encoding.UTF8.GetBytes(json)).Error!;

        Assert.Equal(new PortalFileError(PortalFileErrorKind.NotANumber, "totalOnTime: true", "UBND Đặc khu Hòn Ngọc"), error);
    }

    [Fact]
    public void A_response_over_the_limit_is_refused_before_it_is_parsed()
    {
        var bytes = Samples.Bytes("transparency");

        var result = PortalFileParser.Parse(new MemoryStream(bytes), ShippedCatalogs.Portal, bytes.Length - 1);

        Assert.Equal(PortalFileErrorKind.TooLarge, result.Error!.Kind);
    }

    private static PortalParseResult Parse(byte[] bytes) => PortalFileParser.Parse(new MemoryStream(bytes), ShippedCatalogs.Portal, 1 << 20);

    /// <summary>Each unit's published group score, read straight from the response.</summary>
    private static Dictionary<string, decimal> PublishedTotals(string endpoint)
    {
        using var document = JsonDocument.Parse(Samples.Bytes(endpoint));
        var data = document.RootElement.GetProperty("data");
        var rows = data.TryGetProperty("evaluation", out var evaluation) ? evaluation : data.GetProperty("children");
        return rows.EnumerateArray().ToDictionary(
            row => row.GetProperty("departmentId").GetString()!,
            row => (row.TryGetProperty("score", out var score) ? score : row.GetProperty("totalScore")).GetDecimal());
    }
}
