namespace Par.Core.Invites;

/// <summary>
/// Why a code is not even looked at now: <see cref="RedeemOutcome.TooManyAttempts"/> (this user) or
/// <see cref="RedeemOutcome.RedemptionsPaused"/> (everyone), and how long until it will be.
/// </summary>
public sealed record GuessRefusal(RedeemOutcome Outcome, TimeSpan Wait);
