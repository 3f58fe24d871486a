using System.ComponentModel.DataAnnotations;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>How broadcasts report back to the admin (section Broadcast; the sending limits are in Sending).</summary>
public sealed class BroadcastOptions
{
    public const string Section = "Broadcast";

    /// <summary>The admin's progress message is edited at most this often.</summary>
    [Range(1, 60)]
    public int ProgressIntervalSeconds { get; set; } = 3;
    /// <summary>How many recent broadcasts /broadcast status lists.</summary>
    [Range(1, 30)]
    public int StatusCount { get; set; } = 10;
}
