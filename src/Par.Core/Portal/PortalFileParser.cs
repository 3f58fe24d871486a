using System.Text.Json;
using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Portal;

/// <summary>
/// Reads one response of the portal's 766 reporting API and recognises which group it publishes by its shape, not
/// its name: <c>{"code":"OK","data":…}</c> with either <c>overview</c> + <c>evaluation[]</c> of <c>metrics[]</c>
/// (the group whose metric codes they are), or <c>parent</c> + <c>children[]</c> (the group whose counts the
/// children carry and whose maximum they state). Each metric gets Par's own score next to the published one.
/// </summary>
public static class PortalFileParser
{
    private const int MaxDepth = 16;

    public static PortalParseResult Parse(Stream content, IndicatorCatalog catalog, int maxBytes)
    {
        var bytes = BoundedRead.AtMost(content, maxBytes);
        if (bytes.Length > maxBytes)
        {
            return PortalParseResult.Failure(PortalFileErrorKind.TooLarge, maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException)
        {
            return PortalParseResult.Failure(PortalFileErrorKind.NotJson);
        }

        using (document)
        {
            try
            {
                return new PortalParseResult(Read(document.RootElement, catalog), null);
            }
            catch (PortalFormatException e)
            {
                return new PortalParseResult(null, e.Error);
            }
        }
    }

    private static PortalFile Read(JsonElement root, IndicatorCatalog catalog)
    {
        if (root.ValueKind != JsonValueKind.Object || PortalJson.Text(root, "code") is not { } code)
        {
            throw Shape("code");
        }

        if (!string.Equals(code, "OK", StringComparison.Ordinal))
        {
            var message = PortalJson.Text(root, "message") ?? "";
            throw new PortalFormatException(new PortalFileError(PortalFileErrorKind.NotOk, code, message.Length > 80 ? message[..80] + "…" : message));
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw Shape("data");
        }

        if (data.TryGetProperty("evaluation", out var evaluation) && evaluation.ValueKind == JsonValueKind.Array)
        {
            return EvaluationShape.Read(evaluation, catalog);
        }

        if (data.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            return TreeShape.Read(children, catalog);
        }

        throw Shape("evaluation[] / children[]");
    }

    internal static PortalFormatException Shape(string detail) => new(new PortalFileError(PortalFileErrorKind.UnknownShape, detail));

    /// <summary>The unit's identity; a row without an id cannot be joined with the other files.</summary>
    internal static (string Id, string? Code, string Name) Identity(JsonElement row, int index)
    {
        var name = PortalJson.Text(row, "departmentName") ?? $"#{index + 1}";
        var id = PortalJson.Text(row, "departmentId")
            ?? throw new PortalFormatException(new PortalFileError(PortalFileErrorKind.MissingId, "departmentId", name));
        return (id, PortalJson.Text(row, "departmentCode"), name);
    }

    internal static OfficialMetric Metric(IndicatorDefinition metric, MetricCounts counts, decimal? official, string? quality) => new()
    {
        Code = metric.Code,
        Numerator = counts.Numerator,
        Denominator = counts.Denominator,
        Ratio = counts.Ratio,
        Parts = counts.Parts,
        Official = official,
        Computed = MetricScoring.Score(metric, counts with { Given = official }),
        DataQuality = quality,
    };
}
