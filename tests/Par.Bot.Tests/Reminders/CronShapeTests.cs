using Par.Bot.Handlers.Reminders;

namespace Par.Bot.Tests.Reminders;

public sealed class CronShapeTests
{
    [Theory]
    [InlineData("0 0 8 ? * MON-FRI", CronShapeKind.WorkingDays, "08:00", "")]
    [InlineData("0 30 7 ? * 2-6", CronShapeKind.WorkingDays, "07:30", "")]
    [InlineData("0 0 16 * * ?", CronShapeKind.Daily, "16:00", "")]
    [InlineData("0 0 9 3,5 * ?", CronShapeKind.DaysOfMonth, "09:00", "3,5")]
    [InlineData("0 0 9 10 * ?", CronShapeKind.DaysOfMonth, "09:00", "10")]
    [InlineData("0 30 6 ? * MON-SAT", CronShapeKind.Other, "00:00", "")]
    [InlineData("0 0/15 8 * * ?", CronShapeKind.Other, "00:00", "")]
    [InlineData("30 0 8 * * ?", CronShapeKind.Other, "00:00", "")]
    [InlineData("0 0 8 L * ?", CronShapeKind.Other, "00:00", "")]
    [InlineData("0 0 8 * 1 ?", CronShapeKind.Other, "00:00", "")]
    [InlineData("0 0 8 * * ? 2027", CronShapeKind.Other, "00:00", "")]
    public void Everyday_schedules_are_recognised_and_the_rest_is_other(string cron, CronShapeKind kind, string time, string days)
    {
        var shape = CronShape.Of(cron);

        Assert.Equal(kind, shape.Kind);
        Assert.Equal(TimeOnly.Parse(time), shape.Time);
        Assert.Equal(days, string.Join(',', shape.DaysOfMonth));
    }
}
