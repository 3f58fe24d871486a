using Par.Core;

namespace Par.Bot.Texts;

/// <summary>Picks the strings of a language.</summary>
public static class TextsProvider
{
    public static readonly ITexts Vi = new ViTexts();
    public static readonly ITexts En = new EnTexts();

    public static IReadOnlyList<Language> Languages { get; } = [Language.Vi, Language.En];

    public static ITexts For(Language language) => language == Language.En ? En : Vi;

    /// <summary>A stored or configured code: <c>en-US</c> reads as English, an unknown code as Vietnamese.</summary>
    public static ITexts For(string? code) => For(Parse(code));

    public static Language Parse(string? code) => Language.Find(code, Languages) ?? Language.Vi;

    /// <summary>True for exactly the code of a language Par speaks, as <c>/lang</c> and the settings take it.</summary>
    public static bool Speaks(string code) => Languages.Any(l => l.Code == code);
}
