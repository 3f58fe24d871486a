namespace Par.Core.Indicators;

/// <summary>
/// Reads the one-line report form, <c>ONTIME=490/500 DISCLOSE=100 ONLINE=62,5 %</c>, against a catalogue.
/// Never throws: every piece it cannot use becomes an <see cref="AssignmentError"/> and the rest is still read.
/// </summary>
/// <remarks>
/// A value runs from its <c>=</c> to the code of the next pair, so values may contain spaces (<c>490 / 500</c>,
/// <c>98,5 %</c>); a trailing <c>,</c> or <c>;</c> between pairs is dropped. Codes match the catalogue in any case.
/// </remarks>
public static class AssignmentParser
{
    public static AssignmentParseResult Parse(string? text, IndicatorCatalog catalog)
    {
        var assignments = new List<Assignment>();
        var errors = new List<AssignmentError>();
        var line = text ?? "";
        var pairs = FindPairs(line);
        var leading = line[..(pairs.Count > 0 ? pairs[0].CodeStart : line.Length)].Trim();
        if (leading.Length > 0)
        {
            errors.Add(new AssignmentError(leading, AssignmentErrorKind.Malformed));
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            var (codeStart, equals) = pairs[i];
            var end = i + 1 < pairs.Count ? pairs[i + 1].CodeStart : line.Length;
            var token = WithoutSeparator(line[codeStart..end]);
            var code = line[codeStart..equals].Trim();
            Read(token, code, WithoutSeparator(line[(equals + 1)..end]), catalog, assignments, errors);
        }

        return new AssignmentParseResult(assignments, errors);
    }

    private static void Read(
        string token, string code, string valueText, IndicatorCatalog catalog,
        List<Assignment> assignments, List<AssignmentError> errors)
    {
        if (code.Length == 0)
        {
            errors.Add(new AssignmentError(token, AssignmentErrorKind.Malformed));
            return;
        }

        if (!catalog.TryGet(code, out var indicator))
        {
            errors.Add(new AssignmentError(token, AssignmentErrorKind.UnknownCode));
            return;
        }

        if (assignments.Exists(a => a.Code == indicator.Code))
        {
            errors.Add(new AssignmentError(token, AssignmentErrorKind.DuplicateCode));
            return;
        }

        var parsed = IndicatorValueParser.Parse(valueText);
        if (parsed.IsSuccess)
        {
            assignments.Add(new Assignment(indicator.Code, parsed.Value));
        }
        else
        {
            errors.Add(new AssignmentError(token, AssignmentErrorKind.BadValue, parsed.Error));
        }
    }

    private static string WithoutSeparator(string text) => text.Trim().TrimEnd(',', ';').TrimEnd();

    /// <summary>Each <c>=</c> with where the code before it starts: letters, digits and <c>_</c>, blanks allowed before the <c>=</c>.</summary>
    private static List<(int CodeStart, int EqualsSign)> FindPairs(string line)
    {
        var pairs = new List<(int, int)>();
        var floor = 0;
        for (var equals = line.IndexOf('='); equals >= 0; equals = line.IndexOf('=', equals + 1))
        {
            var start = equals;
            while (start > floor && char.IsWhiteSpace(line[start - 1]))
            {
                start--;
            }

            while (start > floor && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] == '_'))
            {
                start--;
            }

            pairs.Add((start, equals));
            floor = equals + 1;
        }

        return pairs;
    }
}
