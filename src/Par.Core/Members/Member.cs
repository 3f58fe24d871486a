namespace Par.Core.Members;

/// <summary>A Telegram user known to Par: a unit's head or deputy, or an admin who has talked to the bot.</summary>
public sealed record Member
{
    public required long UserId { get; init; }
    /// <summary>The private chat with the user (equal to the user id in Telegram).</summary>
    public required long ChatId { get; init; }
    public string Name { get; init; } = "";
    public string? UnitCode { get; init; }
    /// <summary>Head or Deputy when linked to a unit; Stranger otherwise. Admins come from configuration.</summary>
    public Role UnitRole { get; init; } = Role.Stranger;
    /// <summary>Language the user chose with /lang; null follows Telegram's language.</summary>
    public string? Language { get; init; }
    /// <summary>Telegram answered 403: the user blocked the bot. Cleared when the user writes again.</summary>
    public bool Unreachable { get; init; }
    public DateTime JoinedUtc { get; init; }
}
