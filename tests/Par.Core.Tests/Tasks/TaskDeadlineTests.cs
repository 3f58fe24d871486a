using Par.Core.Tasks;
using Par.Core.Tests.Dossiers;

namespace Par.Core.Tests.Tasks;

public sealed class TaskDeadlineTests
{
    /// <summary>Sunday 15/11/2026 09:00 in Vietnam.</summary>
    private static readonly DateTime Now = Zones.Utc(2026, 11, 15, 2);

    public static TheoryData<string, DateTime> Deadlines => new()
    {
        { "2026-12-10", Zones.Utc(2026, 12, 10, 16, 59, 59) },
        { "10/12/2026", Zones.Utc(2026, 12, 10, 16, 59, 59) },
        { "10/12/2026 17:00", Zones.Utc(2026, 12, 10, 10) },
        { "10/12", Zones.Utc(2026, 12, 10, 16, 59, 59) },
        { " 10/12 ", Zones.Utc(2026, 12, 10, 16, 59, 59) },
        { "10/12 17:00", Zones.Utc(2026, 12, 10, 10) },
        { "1/12  8:30", Zones.Utc(2026, 12, 1, 1, 30) },
        { "15/11", Zones.Utc(2026, 11, 15, 16, 59, 59) },
        { "15/11 17:00", Zones.Utc(2026, 11, 15, 10) },
        { "15/11 08:00", Zones.Utc(2027, 11, 15, 1) },
        { "10/01", Zones.Utc(2027, 1, 10, 16, 59, 59) },
        { "14/11", Zones.Utc(2027, 11, 14, 16, 59, 59) },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void A_deadline_without_a_year_is_the_next_one_to_come(string text, DateTime expected)
    {
        Assert.True(TaskDeadline.TryParse(text, Zones.Vietnam, Now, out var utc));
        Assert.Equal(expected, utc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10/13")]
    [InlineData("32/12")]
    [InlineData("29/02")]
    [InlineData("10/12 25:00")]
    [InlineData("10/12 17")]
    [InlineData("10-12")]
    [InlineData("10/12/26")]
    [InlineData("mai")]
    [InlineData("１０/１２")]
    public void Anything_else_is_not_a_deadline(string text)
    {
        Assert.False(TaskDeadline.TryParse(text, Zones.Vietnam, Now, out var utc));
        Assert.Equal(default, utc);
    }
}
