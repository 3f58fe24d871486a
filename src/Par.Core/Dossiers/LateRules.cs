namespace Par.Core.Dossiers;

/// <summary>
/// How close a deadline makes an item due soon, and how long overdue it must be
/// before it is escalated to admins.
/// </summary>
public sealed record LateRules(TimeSpan DueSoonWindow, TimeSpan EscalateAfter)
{
    public static LateRules Default { get; } = new(TimeSpan.FromHours(24), TimeSpan.FromDays(3));
}
