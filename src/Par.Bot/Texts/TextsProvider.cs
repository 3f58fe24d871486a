using Par.Core;

namespace Par.Bot.Texts;

/// <summary>
/// The strings of every language Par speaks: one per phrasebook embedded under <c>Texts/Phrases/</c>, named by its
/// language code (<c>vi.json</c>), so adding a language is adding its phrasebook.
/// </summary>
public static class TextsProvider
{
    private const string Prefix = "Phrases/";

    private static readonly IReadOnlyDictionary<Language, ITexts> ByLanguage = Load();

    public static IReadOnlyList<Language> Languages { get; } = [.. ByLanguage.Keys.OrderBy(l => l.Code, StringComparer.Ordinal)];

    /// <summary>The language's strings; Vietnamese, the bot's own, for a language without a phrasebook.</summary>
    public static ITexts For(Language language) => ByLanguage.GetValueOrDefault(language) ?? ByLanguage[Language.Vi];

    /// <summary>A stored or configured code: <c>en-US</c> reads as English, an unknown code as Vietnamese.</summary>
    public static ITexts For(string? code) => For(Parse(code));

    public static Language Parse(string? code) => Language.Find(code, Languages) ?? Language.Vi;

    /// <summary>True for exactly the code of a language Par speaks, as <c>/lang</c> and the settings take it.</summary>
    public static bool Speaks(string code) => Languages.Any(l => l.Code == code);

    /// <summary>Each embedded phrasebook's name (<c>vi</c>) and text.</summary>
    internal static IEnumerable<(string Code, string Json)> Phrasebooks()
    {
        var assembly = typeof(TextsProvider).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (Path.GetFileNameWithoutExtension(name[Prefix.Length..]), reader.ReadToEnd());
        }
    }

    private static Dictionary<Language, ITexts> Load()
    {
        var phrases = Texts.Phrases.All();
        return Phrasebooks().ToDictionary(
            book => Language.Of(book.Code),
            book => (ITexts)new Texts(Language.Of(book.Code), Phrasebook.Read(book.Code, book.Json, phrases)));
    }
}
