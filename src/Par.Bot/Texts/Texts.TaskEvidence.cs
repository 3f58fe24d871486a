using Par.Core.Tasks;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string TaskFileCaptionUsage => Say(Phrases.TaskFileCaptionUsage);

    /// <summary>The mark of a file in a task's card: the clip and the file's name.</summary>
    private static string Evidence(TaskEvidence? file) => file is null ? "" : $" 📎 {E(file.FileName)}";

    internal static partial class Phrases
    {
        public static readonly Phrase TaskFileCaptionUsage = new();
    }
}
