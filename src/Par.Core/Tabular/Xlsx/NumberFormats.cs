using System.Text;

namespace Par.Core.Tabular.Xlsx;

/// <summary>Classifies Excel number formats: the built-in ids of ECMA-376 §18.8.30 and custom format codes.</summary>
internal static class NumberFormats
{
    public static CellFormat OfBuiltIn(int id) => id switch
    {
        9 or 10 => CellFormat.Percent,
        (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58) => CellFormat.Date,
        _ => CellFormat.Number,
    };

    /// <summary>A code is a percent when a <c>%</c> stands outside quotes, escapes and brackets; a date when d, m, y, h or s does.</summary>
    public static CellFormat OfCode(string code)
    {
        var bare = Unquoted(code.Split(';')[0]);
        if (bare.Contains('%'))
        {
            return CellFormat.Percent;
        }

        return bare.IndexOfAny(['d', 'D', 'm', 'M', 'y', 'Y', 'h', 'H', 's', 'S']) >= 0 ? CellFormat.Date : CellFormat.Number;
    }

    /// <summary>The format code without quoted literals, escaped characters and bracketed colours or locales.</summary>
    private static string Unquoted(string code)
    {
        var bare = new StringBuilder(code.Length);
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1);
                    var inside = close < 0 ? "" : code[(i + 1)..close];
                    if (inside.Length > 0 && inside.All(c => c is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                    {
                        bare.Append(inside); // elapsed time such as [h]:mm
                    }

                    i = close < 0 ? code.Length : close;
                    break;
                default:
                    bare.Append(code[i]);
                    break;
            }
        }

        // "General" holds no date letters, but say so rather than rely on its spelling.
        return bare.ToString().Replace("General", "", StringComparison.OrdinalIgnoreCase);
    }
}
