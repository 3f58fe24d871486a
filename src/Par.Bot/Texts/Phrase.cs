using System.Runtime.CompilerServices;

namespace Par.Bot.Texts;

/// <summary>
/// One phrase of the layout: its key in every phrasebook, named after the field that declares it, and the holes its
/// templates may fill, in the order the layout passes their values: <c>new("added updated rejected")</c>.
/// </summary>
public sealed class Phrase(string holes = "", [CallerMemberName] string key = "")
{
    public string Key { get; } = key;

    public IReadOnlyList<string> Holes { get; } = holes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => Key;
}
