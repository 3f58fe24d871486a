using System.ComponentModel.DataAnnotations;

namespace Par.Bot.Backups;

/// <summary>The scheduled copies of the store (<c>Backup:*</c>).</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Quartz cron in the province's time zone; nightly at 02:00 by default, when nobody reports.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Cron { get; set; } = "0 0 2 * * ?";

    /// <summary>Where scheduled backups go (relative to the working directory); best on another disk than the store.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Folder { get; set; } = "data/backups";

    /// <summary>How many scheduled backups are kept; older ones are deleted after each new one.</summary>
    [Range(1, 3650)]
    public int Keep { get; set; } = 14;
}
