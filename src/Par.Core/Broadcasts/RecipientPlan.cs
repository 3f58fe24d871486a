using Par.Core.Members;

namespace Par.Core.Broadcasts;

/// <summary>The members an audience reaches, and those left out because they blocked the bot.</summary>
public sealed record RecipientPlan(IReadOnlyList<Member> Recipients, IReadOnlyList<Member> Unreachable);
