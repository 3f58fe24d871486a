using Par.Core.Members;
using Par.Core.Units;

namespace Par.Core.Invites;

/// <summary>
/// What redeeming a code did. <paramref name="CurrentUnit"/> is the unit the user would leave (for a move to
/// confirm, or the one they left); <paramref name="PreviousHead"/> the head who became a deputy because the
/// newcomer took the unit's one head place. <paramref name="RetryAfter"/> is how long a refused guesser waits.
/// </summary>
public sealed record RedeemResult(
    RedeemOutcome Outcome, Unit? Unit = null, Role Role = Role.Stranger, Unit? CurrentUnit = null, Member? PreviousHead = null,
    TimeSpan RetryAfter = default);
