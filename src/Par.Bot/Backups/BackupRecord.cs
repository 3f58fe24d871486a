namespace Par.Bot.Backups;

/// <summary>One backup attempt: when, where, its size, or why it failed.</summary>
public sealed record BackupRecord(DateTimeOffset AtUtc, string Path, long Bytes, string? Error = null)
{
    public bool Failed => Error is not null;
}
