using System.Text.Json;

namespace Par.Bot.Texts;

/// <summary>
/// One language's wording of every phrase of the layout, read from a JSON object of key to template (or, for a phrase
/// that counts, to its <c>one</c> and <c>other</c> templates; see <see cref="Phrase"/>). Reading
/// it names every missing key, extra key and unknown hole, so a language cannot ship with a phrase left out.
/// </summary>
public sealed class Phrasebook
{
    private readonly Dictionary<string, PhraseWording> _templates;

    private Phrasebook(Dictionary<string, PhraseWording> templates) => this._templates = templates;

    /// <exception cref="InvalidDataException">The JSON lacks a phrase, has one the layout does not use, or a template names an unknown hole.</exception>
    public static Phrasebook Read(string name, string json, IReadOnlyCollection<Phrase> phrases)
    {
        var (phrasebook, problems) = Check(json, phrases);
        return problems.Count == 0
            ? phrasebook!
            : throw new InvalidDataException($"Phrasebook {name}: {string.Join("; ", problems)}.");
    }

    /// <summary>The phrasebook, or null, and everything wrong with it.</summary>
    public static (Phrasebook? Phrasebook, IReadOnlyList<string> Problems) Check(string json, IReadOnlyCollection<Phrase> phrases)
    {
        Dictionary<string, JsonElement> wording;
        try
        {
            wording = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];
        }
        catch (JsonException e)
        {
            return (null, [$"not a JSON object of key to text ({e.Message})"]);
        }
        var problems = new List<string>();
        var missing = phrases.Where(p => !wording.ContainsKey(p.Key)).Select(p => p.Key).ToList();
        if (missing.Count > 0)
            problems.Add($"missing {string.Join(", ", missing)}");
        var extra = wording.Keys.Except(phrases.Select(p => p.Key)).ToList();
        if (extra.Count > 0)
            problems.Add($"not used by the layout: {string.Join(", ", extra)}");
        var notTexts = wording.Where(w => w.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Object)).Select(w => w.Key).ToList();
        if (notTexts.Count > 0)
            return (null, [$"not a JSON object of key to text ({string.Join(", ", notTexts)} neither a text nor plural forms)"]);
        var templates = new Dictionary<string, PhraseWording>();
        foreach (var phrase in phrases.Where(p => wording.ContainsKey(p.Key)))
        {
            if (PhraseWording.Parse(wording[phrase.Key], phrase, out var problem) is { } template)
                templates[phrase.Key] = template;
            else
                problems.Add(problem!);
        }
        return (problems.Count == 0 ? new Phrasebook(templates) : null, problems);
    }

    /// <summary>The phrase's template with its holes filled by <paramref name="values"/>, given in the phrase's hole order.</summary>
    public string Fill(Phrase phrase, ReadOnlySpan<string> values) =>
        values.Length == phrase.Holes.Count
            ? _templates[phrase.Key].Fill(phrase, values)
            : throw new ArgumentException($"{phrase.Key} takes {phrase.Holes.Count} values, not {values.Length}.", nameof(values));
}
