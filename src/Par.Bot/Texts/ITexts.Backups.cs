using Par.Bot.Backups;

namespace Par.Bot.Texts;

public partial interface ITexts
{
    /// <summary>/backup: the last good backup and the last failure since (times already in the province's zone), and the schedule.</summary>
    string BackupStatus(BackupRecord? last, DateTimeOffset? lastLocal, BackupRecord? failure, DateTimeOffset? failureLocal, BackupOptions options);
}
