using System.Globalization;

namespace Par.Core.Tasks;

/// <summary>Short, typeable task codes: <c>T-1</c>, <c>T-2</c>…, read in any case.</summary>
public static class TaskCode
{
    public static string Format(int number) => string.Create(CultureInfo.InvariantCulture, $"T-{number}");

    public static bool TryParse(string? text, out int number)
    {
        number = 0;
        var s = text.AsSpan().Trim();
        return s.Length > 2 && s[0] is 'T' or 't' && s[1] == '-'
            && int.TryParse(s[2..], NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
