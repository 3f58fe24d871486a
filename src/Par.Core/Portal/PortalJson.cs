using System.Text.Json;

namespace Par.Core.Portal;

/// <summary>Reads the portal's fields strictly: a number is a JSON number or null, an id a non-empty string.</summary>
internal static class PortalJson
{
    public static decimal? Number(JsonElement row, string field, string unit)
    {
        if (!row.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        throw new PortalFormatException(new PortalFileError(PortalFileErrorKind.NotANumber, $"{field}: {Quote(value)}", unit));
    }

    public static string? Text(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text.Trim()
            : null;

    public static bool Has(JsonElement row, string field) => row.ValueKind == JsonValueKind.Object && row.TryGetProperty(field, out _);

    /// <summary>The value as it was written, cut short: what the answer quotes back.</summary>
    private static string Quote(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 40 ? raw[..40] + "…" : raw;
    }
}
