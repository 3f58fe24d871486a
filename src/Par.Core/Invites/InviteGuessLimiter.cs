using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Par.Core.Invites;

/// <summary>
/// Bounds how fast invite codes can be guessed: a user who tried <see cref="InviteOptions.FailuresPerUser"/> bad codes
/// within <see cref="InviteOptions.FailureWindowMinutes"/> waits until the oldest of them leaves the window, and when
/// all users together tried <see cref="InviteOptions.FailuresPerMinute"/> in the last minute everyone waits. A waiting
/// user's codes are not looked at, good ones included, or the limit would still tell a guesser when they hit one.
/// Refused attempts are not failures, so a user is never locked out for longer than one window. One warning is
/// logged when a user's or everyone's limit is reached, not one per attempt.
/// </summary>
/// <remarks>
/// The failures are kept in memory, not in the store. A restart forgets them and hands back at most one window's
/// worth of guesses (5 per user, 60 overall by default) against 31^8 possible codes; restarts are rare and nothing
/// an attacker sends causes one. Storing them would put a write on the path of every guess, the very traffic an
/// attack consists of. Memory stays small: failures are recorded only while the overall limit is not reached, so at
/// most <see cref="InviteOptions.FailuresPerMinute"/> × the window users are remembered, and they are swept each window.
/// </remarks>
public sealed class InviteGuessLimiter(IOptions<InviteOptions> options, TimeProvider clock, ILogger<InviteGuessLimiter> logger)
{
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _byUser = [];
    private readonly Queue<DateTimeOffset> _everyone = new();
    private DateTimeOffset _nextSweep;
    /// <summary>Redemptions refused to everyone in the current burst of failures; null outside a burst.</summary>
    private int? _burstRefusals;

    private TimeSpan UserWindow => TimeSpan.FromMinutes(options.Value.FailureWindowMinutes);

    /// <summary>Null when <paramref name="userId"/> may try a code now; else why not and for how long.</summary>
    public GuessRefusal? Refusal(long userId)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            Drop(_everyone, now - GlobalWindow);
            if (_everyone.Count >= options.Value.FailuresPerMinute)
            {
                _burstRefusals = (_burstRefusals ?? 0) + 1;
                return new GuessRefusal(RedeemOutcome.RedemptionsPaused, _everyone.Peek() + GlobalWindow - now);
            }
            EndBurst();
            if (_byUser.TryGetValue(userId, out var failures))
            {
                Drop(failures, now - UserWindow);
                if (failures.Count >= options.Value.FailuresPerUser)
                    return new GuessRefusal(RedeemOutcome.TooManyAttempts, failures.Peek() + UserWindow - now);
            }
            return null;
        }
    }

    /// <summary>Counts a code that <paramref name="userId"/> tried and that let nobody in.</summary>
    public void Failed(long userId)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            Sweep(now);
            if (!_byUser.TryGetValue(userId, out var failures))
                _byUser[userId] = failures = new Queue<DateTimeOffset>();
            failures.Enqueue(now);
            _everyone.Enqueue(now);
            if (failures.Count == options.Value.FailuresPerUser)
            {
                logger.LogWarning(
                    "User {UserId} tried {Failures} wrong invite codes within {Minutes} minutes; their redemptions wait until {Until:u}",
                    userId, failures.Count, options.Value.FailureWindowMinutes, failures.Peek() + UserWindow);
            }
            if (_everyone.Count == options.Value.FailuresPerMinute && _burstRefusals is null)
            {
                _burstRefusals = 0;
                logger.LogWarning(
                    "{Failures} wrong invite codes within a minute from all users: every redemption waits until the rate falls", _everyone.Count);
            }
        }
    }

    /// <summary>Ends a burst once a whole minute has passed without failures: one line per burst, not per lull.</summary>
    private void EndBurst()
    {
        if (_burstRefusals is not { } refused || _everyone.Count > 0)
            return;
        logger.LogInformation("Invite redemptions open again; {Refused} were refused while they waited", refused);
        _burstRefusals = null;
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
            return;
        foreach (var (userId, failures) in _byUser.ToList())
        {
            Drop(failures, now - UserWindow);
            if (failures.Count == 0)
                _byUser.Remove(userId);
        }
        _nextSweep = now + UserWindow;
    }

    private static void Drop(Queue<DateTimeOffset> failures, DateTimeOffset before)
    {
        while (failures.Count > 0 && failures.Peek() <= before)
            failures.Dequeue();
    }
}
