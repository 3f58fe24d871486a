namespace Par.Bot.Texts;

/// <summary>A phrase's wording with its holes (<c>{added}</c>) found once, when the phrasebook is read.</summary>
internal sealed class PhraseTemplate
{
    private readonly IReadOnlyList<string> _literals;
    private readonly IReadOnlyList<int> _holes;

    private PhraseTemplate(IReadOnlyList<string> literals, IReadOnlyList<int> holes)
    {
        this._literals = literals;
        this._holes = holes;
    }

    /// <summary>The template, or null with <paramref name="problem"/> saying what is wrong in it.</summary>
    public static PhraseTemplate? Parse(string text, Phrase phrase, out string? problem)
    {
        var literals = new List<string>();
        var holes = new List<int>();
        var start = 0;
        while (text.IndexOf('{', start) is var open and >= 0)
        {
            var close = text.IndexOf('}', open);
            var name = close < 0 ? "" : text[(open + 1)..close];
            var index = phrase.Holes.ToList().IndexOf(name);
            if (index < 0)
            {
                problem = close < 0
                    ? $"{phrase.Key}: a '{{' is not closed"
                    : $"{phrase.Key}: {{{name}}} is not one of its holes ({string.Join(", ", phrase.Holes.Select(h => $"{{{h}}}"))})";
                return null;
            }
            literals.Add(text[start..open]);
            holes.Add(index);
            start = close + 1;
        }
        literals.Add(text[start..]);
        problem = null;
        return new PhraseTemplate(literals, holes);
    }

    public string Fill(ReadOnlySpan<string> values)
    {
        var length = 0;
        foreach (var literal in _literals)
            length += literal.Length;
        var builder = new System.Text.StringBuilder(length + 16 * _holes.Count);
        for (var i = 0; i < _holes.Count; i++)
            builder.Append(_literals[i]).Append(values[_holes[i]]);
        return builder.Append(_literals[^1]).ToString();
    }
}
