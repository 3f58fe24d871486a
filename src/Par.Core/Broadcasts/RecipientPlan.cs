using Par.Core.Members;
using Par.Core.Units;

namespace Par.Core.Broadcasts;

/// <summary>
/// The members an audience reaches, those left out because they blocked the bot, and the chosen units that have
/// nobody to receive it (no member, or no head when it goes to heads only).
/// </summary>
public sealed record RecipientPlan(IReadOnlyList<Member> Recipients, IReadOnlyList<Member> Unreachable, IReadOnlyList<Unit> Unserved);
