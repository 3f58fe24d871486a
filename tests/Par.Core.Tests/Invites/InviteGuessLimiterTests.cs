using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Par.Core.Invites;

namespace Par.Core.Tests.Invites;

public sealed class InviteGuessLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 5, 20, 1, 0, 0, TimeSpan.Zero));
    private readonly InviteGuessLimiter _limiter;

    public InviteGuessLimiterTests() =>
        _limiter = new InviteGuessLimiter(
            Options.Create(new InviteOptions { FailuresPerUser = 5, FailureWindowMinutes = 10, FailuresPerMinute = 60 }),
            _clock,
            NullLogger<InviteGuessLimiter>.Instance);

    [Fact]
    public void A_user_waits_after_five_failures_until_the_first_leaves_the_window()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(_limiter.Refusal(1));
            _limiter.Failed(1);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(new GuessRefusal(RedeemOutcome.TooManyAttempts, TimeSpan.FromMinutes(5)), _limiter.Refusal(1));
        Assert.Null(_limiter.Refusal(2));
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(_limiter.Refusal(1));
    }

    [Fact]
    public void Refused_attempts_do_not_lengthen_the_wait()
    {
        for (var i = 0; i < 5; i++)
            _limiter.Failed(1);

        for (var i = 0; i < 120; i++)
        {
            Assert.NotNull(_limiter.Refusal(1));
            _clock.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Null(_limiter.Refusal(1));
    }

    [Fact]
    public void Sixty_failures_in_a_minute_from_anyone_make_everyone_wait_briefly()
    {
        for (var user = 1; user <= 60; user++)
        {
            Assert.Null(_limiter.Refusal(user));
            _limiter.Failed(user);
            _clock.Advance(TimeSpan.FromMilliseconds(500));
        }

        var refusal = _limiter.Refusal(999);
        Assert.Equal(RedeemOutcome.RedemptionsPaused, refusal?.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), refusal?.Wait);
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(_limiter.Refusal(999));
    }

    [Fact]
    public void Failures_spread_wider_than_the_window_never_make_anyone_wait()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.Null(_limiter.Refusal(1));
            _limiter.Failed(1);
            _clock.Advance(TimeSpan.FromMinutes(2.5));
        }
    }
}
