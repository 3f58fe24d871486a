namespace Par.Bot.Texts;

/// <summary>Picks the strings of a language.</summary>
public static class TextsProvider
{
    public static readonly ITexts Vi = new ViTexts();
    public static readonly ITexts En = new EnTexts();

    public static ITexts For(string language) => language == "en" ? En : Vi;
}
