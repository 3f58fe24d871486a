using System.Globalization;

namespace Par.Core.Tabular;

/// <summary>Reads a CSV file's bytes into a table.</summary>
internal static class CsvTable
{
    public static TableReadResult Read(ArraySegment<byte> bytes, TableReadLimits limits)
    {
        if (CsvText.TryOpen(bytes, out var text) is { } encodingError)
        {
            return TableReadResult.Fail(encodingError);
        }

        using var reader = text;
        var parser = new CsvParser(reader);
        var builder = new TableBuilder(limits);
        var fields = new List<string>();
        var number = 0;
        while (parser.TryReadRecord(fields))
        {
            number++;
            if (parser.EndedInsideQuotes)
            {
                return TableReadResult.Fail(TableErrorKind.Unreadable, number.ToString(CultureInfo.InvariantCulture));
            }

            if (builder.Add(number, fields) is { } error)
            {
                return TableReadResult.Fail(error);
            }
        }

        return builder.Build();
    }
}
