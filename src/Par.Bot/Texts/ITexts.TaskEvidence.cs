namespace Par.Bot.Texts;

/// <summary>Files sent as a task's evidence with a command as their caption.</summary>
public partial interface ITexts
{
    /// <summary>A file whose caption is a task command that takes no file: how to send evidence instead.</summary>
    string TaskFileCaptionUsage { get; }
}
