using Microsoft.Extensions.Options;

namespace Par.Bot.Telegram.Sending;

/// <summary>
/// The sending limits used to live in the Broadcast section. For one release a key still set there is read (the
/// shipped settings no longer set it, so it is the operator's own override and wins), with a warning at start
/// naming the key to rename. Remove this class in the release after.
/// </summary>
internal sealed class BroadcastSectionAlias(IConfiguration configuration, ILogger<BroadcastSectionAlias> logger) : IPostConfigureOptions<SendingOptions>
{
    public const string Section = "Broadcast";

    private static readonly HashSet<string> Keys =
        typeof(SendingOptions).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>The options are built more than once (the start-up check, then the services), the warning goes out once.</summary>
    private int _warned;

    public void PostConfigure(string? name, SendingOptions options)
    {
        var old = configuration.GetSection(Section);
        var moved = old.GetChildren().Where(key => Keys.Contains(key.Key) && key.Value is not null).ToList();
        if (moved.Count == 0)
            return;
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            foreach (var key in moved)
            {
                logger.LogWarning(
                    "Setting {OldKey} is deprecated and will be ignored from the next release; rename it to {NewKey}",
                    $"{Section}:{key.Key}", $"{SendingOptions.Section}:{key.Key}");
            }
        }
        old.Bind(options);
    }
}
