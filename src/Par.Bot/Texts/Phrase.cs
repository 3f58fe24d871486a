using System.Runtime.CompilerServices;

namespace Par.Bot.Texts;

/// <summary>
/// One phrase of the layout: its key in every phrasebook, named after the field that declares it, and the holes its
/// templates may fill, in the order the layout passes their values: <c>new("added updated rejected")</c>. A phrase
/// that counts something names its <paramref name="count"/> hole, so a phrasebook may word it once for one and once
/// for other numbers (<c>{"one": "1 day left", "other": "{days} days left"}</c>).
/// </summary>
public sealed class Phrase(string holes = "", string? count = null, [CallerMemberName] string key = "")
{
    public string Key { get; } = key;

    public IReadOnlyList<string> Holes { get; } = holes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The index in <see cref="Holes"/> of the hole whose number picks the wording; -1 when none does.</summary>
    public int CountHole { get; } = count is null ? -1 : holes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList().IndexOf(count) is var index and >= 0
        ? index
        : throw new ArgumentException($"{key}: the count hole {{{count}}} is not one of its holes.", nameof(count));

    public override string ToString() => Key;
}
