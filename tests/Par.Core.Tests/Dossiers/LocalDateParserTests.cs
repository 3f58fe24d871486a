using Par.Core.Dossiers;

namespace Par.Core.Tests.Dossiers;

public sealed class LocalDateParserTests
{
    public static TheoryData<string, DateOnlyMeaning, DateTime> Dates => new()
    {
        { "2025-05-20", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 19, 17) },
        { "2025-05-20", DateOnlyMeaning.EndOfDay, Zones.Utc(2025, 5, 20, 16, 59, 59) },
        { "2025-05-20T08:30", DateOnlyMeaning.EndOfDay, Zones.Utc(2025, 5, 20, 1, 30) },
        { "2025-05-20T08:30:15", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 1, 30, 15) },
        { "2025-05-20 08:30:00", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 1, 30) },
        { "2025-05-20 08:30", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 1, 30) },
        { "2025-05-20T08:30:00.5", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 1, 30).AddMilliseconds(500) },
        { "2025-05-20T08:30:00Z", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 8, 30) },
        { "2025-05-20T08:30Z", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 8, 30) },
        { "2025-05-20T08:30:00+07:00", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 1, 30) },
        { "2025-05-20T08:30:00+00:00", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 8, 30) },
        { "2025-05-20 08:30-05:00", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 13, 30) },
        { "20/05/2025", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 19, 17) },
        { "20/05/2025", DateOnlyMeaning.EndOfDay, Zones.Utc(2025, 5, 20, 16, 59, 59) },
        { "20/05/2025 08:30", DateOnlyMeaning.EndOfDay, Zones.Utc(2025, 5, 20, 1, 30) },
        { "20/05/2025 08:30:15", DateOnlyMeaning.EndOfDay, Zones.Utc(2025, 5, 20, 1, 30, 15) },
        { "5/6/2025", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 6, 4, 17) },
        { "5/6/2025 7:05", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 6, 5, 0, 5) },
        { "  01/01/2025 00:00 ", DateOnlyMeaning.StartOfDay, Zones.Utc(2024, 12, 31, 17) },
        { "20/05/2025  8:30", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 1, 30) },
        { "2025-05-20T08:30:00.1234567Z", DateOnlyMeaning.StartOfDay, Zones.Utc(2025, 5, 20, 8, 30).AddTicks(1_234_567) },
        { "2024-02-29", DateOnlyMeaning.StartOfDay, Zones.Utc(2024, 2, 28, 17) },
        { "2025-01-01T05:00:00+14:00", DateOnlyMeaning.StartOfDay, Zones.Utc(2024, 12, 31, 15) },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Dates_are_read_in_the_province_zone_as_utc(string text, DateOnlyMeaning dateOnly, DateTime expected)
    {
        Assert.True(LocalDateParser.TryParse(text, Zones.Vietnam, dateOnly, out var utc));
        Assert.Equal(expected, utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hôm qua")]
    [InlineData("2025-13-01")]
    [InlineData("31/02/2025")]
    [InlineData("05/20/2025")]
    [InlineData("20-05-2025")]
    [InlineData("2025-05-20T25:00")]
    [InlineData("20/05/25")]
    [InlineData("45797")]
    [InlineData("2025-02-29")]
    [InlineData("2025-05-20T8:30")]
    [InlineData("2025-05-20T08:30:60")]
    [InlineData("2025-05-20T08:30+0700")]
    [InlineData("2025-05-20T08:30 +07:00")]
    [InlineData("2025-05-20T08:30+15:00")]
    [InlineData("2025-05-20T08:30:00.")]
    [InlineData("2025-05-20T")]
    [InlineData("2025-5-20")]
    [InlineData("20/05/2025 24:00")]
    [InlineData("20/05/2025T08:30")]
    [InlineData("20/05/2025 08:30Z")]
    [InlineData("20/05/2025 08:30:00.5")]
    [InlineData("020/05/2025")]
    [InlineData("0000-01-01")]
    public void Other_text_is_not_a_date(string text) =>
        Assert.False(LocalDateParser.TryParse(text, Zones.Vietnam, DateOnlyMeaning.StartOfDay, out _));

    [Fact]
    public void A_time_skipped_by_daylight_saving_is_not_a_date()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        Assert.False(LocalDateParser.TryParse("2025-03-30 02:30", berlin, DateOnlyMeaning.StartOfDay, out _));
        Assert.True(LocalDateParser.TryParse("2025-03-30 03:30", berlin, DateOnlyMeaning.StartOfDay, out var utc));
        Assert.Equal(Zones.Utc(2025, 3, 30, 1, 30), utc);
    }
}
