namespace Par.Core.Tests;

/// <summary>Reads a test row's language code as the bot does: its own language for <c>en-US</c>, Vietnamese for one it does not speak.</summary>
internal static class SpokenLanguages
{
    public static Language Parse(string code) => Language.Find(code, [Language.Vi, Language.En]) ?? Language.Vi;
}
