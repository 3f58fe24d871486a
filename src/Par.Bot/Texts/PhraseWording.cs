using System.Text.Json;

namespace Par.Bot.Texts;

/// <summary>
/// How one phrasebook words one phrase: a single template, or, for a phrase with a count hole, a template for one
/// and one for every other number. Languages without a singular (Vietnamese) give the single template.
/// </summary>
internal sealed class PhraseWording
{
    private const string One = "one";
    private const string Other = "other";

    private readonly PhraseTemplate? _one;
    private readonly PhraseTemplate _other;

    private PhraseWording(PhraseTemplate? one, PhraseTemplate other)
    {
        this._one = one;
        this._other = other;
    }

    /// <summary>The wording of a JSON text or object of forms, or null with <paramref name="problem"/> saying what is wrong in it.</summary>
    public static PhraseWording? Parse(JsonElement value, Phrase phrase, out string? problem)
    {
        if (value.ValueKind == JsonValueKind.String)
            return PhraseTemplate.Parse(value.GetString()!, phrase, out problem) is { } single ? new PhraseWording(null, single) : null;
        var forms = value.EnumerateObject().ToDictionary(f => f.Name, f => f.Value);
        problem = phrase.CountHole < 0 ? $"{phrase.Key}: only a phrase with a count hole has \"{One}\" and \"{Other}\" forms"
            : !forms.ContainsKey(Other) || forms.Any(f => f.Key is not (One or Other) || f.Value.ValueKind != JsonValueKind.String)
                ? $"{phrase.Key}: plural forms are an \"{Other}\" text and optionally a \"{One}\" text"
            : null;
        if (problem is not null)
            return null;
        PhraseTemplate? one = null;
        if (forms.TryGetValue(One, out var oneText) && (one = PhraseTemplate.Parse(oneText.GetString()!, phrase, out problem)) is null)
            return null;
        return PhraseTemplate.Parse(forms[Other].GetString()!, phrase, out problem) is { } other ? new PhraseWording(one, other) : null;
    }

    /// <summary>The "one" form when the count hole holds exactly <c>1</c>, as English says "1 day" but "0 days" and "1.5 days".</summary>
    public string Fill(Phrase phrase, ReadOnlySpan<string> values) =>
        (_one is not null && values[phrase.CountHole] == "1" ? _one : _other).Fill(values);
}
