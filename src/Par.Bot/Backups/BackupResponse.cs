namespace Par.Bot.Backups;

/// <summary>What <c>POST /backup</c> answers: where the copy went and its size, or why it failed.</summary>
public sealed record BackupResponse(string Path, long Bytes, string? Error);
