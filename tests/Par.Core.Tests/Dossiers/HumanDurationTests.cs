using Par.Core.Dossiers;

namespace Par.Core.Tests.Dossiers;

public sealed class HumanDurationTests
{
    [Theory]
    [InlineData(3 * 24 * 60, "vi", "3 ngày")]
    [InlineData((3 * 24 * 60) + (17 * 60), "vi", "3 ngày")]
    [InlineData(15 * 24 * 60, "vi", "15 ngày")]
    [InlineData(24 * 60, "vi", "1 ngày")]
    [InlineData(5 * 60, "vi", "5 giờ")]
    [InlineData(90, "vi", "1 giờ")]
    [InlineData(30, "vi", "30 phút")]
    [InlineData(0, "vi", "0 phút")]
    [InlineData(-5 * 60, "vi", "5 giờ")]
    [InlineData(3 * 24 * 60, "en", "3 days")]
    [InlineData(24 * 60, "en", "1 day")]
    [InlineData(5 * 60, "en-US", "5 hours")]
    [InlineData(1, "EN", "1 minute")]
    [InlineData(5 * 60, "fr", "5 giờ")]
    public void Durations_read_as_people_say_them(int minutes, string language, string expected) =>
        Assert.Equal(expected, HumanDuration.Format(TimeSpan.FromMinutes(minutes), SpokenLanguages.Parse(language)));

    [Fact]
    public void Seconds_round_down_to_minutes() =>
        Assert.Equal("0 phút", HumanDuration.Format(TimeSpan.FromSeconds(59), Language.Vi));
}
