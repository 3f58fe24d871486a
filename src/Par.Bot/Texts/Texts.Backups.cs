using Par.Bot.Backups;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string BackupStatus(BackupRecord? last, DateTimeOffset? lastLocal, BackupRecord? failure, DateTimeOffset? failureLocal, BackupOptions options)
    {
        var lines = new List<string>
        {
            last is not null && lastLocal is { } at
                ? Say(Phrases.BackupLast, When(at), Megabytes(last.Bytes), Code(last.Path))
                : Say(Phrases.BackupNone),
        };
        if (failure is not null && failureLocal is { } failedAt)
            lines.Add(Say(Phrases.BackupFailed, When(failedAt), E(Short(failure.Error ?? ""))));
        lines.Add(Say(Phrases.BackupSchedule, Code(options.Cron), Code($"{BackupOptions.Section}:Cron"), options.Keep, Code(options.Folder)));
        return string.Join('\n', lines);
    }

    private string Megabytes(long bytes) => Language.Number(Math.Round(bytes / 1024m / 1024m, 1)) + " MB";

    internal static partial class Phrases
    {
        public static readonly Phrase BackupLast = new("time size path");
        public static readonly Phrase BackupNone = new();
        public static readonly Phrase BackupFailed = new("time error");
        public static readonly Phrase BackupSchedule = new("cron key keep folder");
    }
}
