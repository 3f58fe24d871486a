namespace Par.Bot.Backups;

/// <summary>The body of <c>POST /backup</c>: where the copy goes, as an absolute path on the bot's machine.</summary>
public sealed record BackupRequest(string Path);
