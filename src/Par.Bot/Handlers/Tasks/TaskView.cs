using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

/// <summary>A task as a list shows it: its deadline in local time and how far away it is (negative once late).</summary>
public sealed record TaskView(UnitTask Task, string UnitName, DateTimeOffset DueLocal, TimeSpan UntilDue)
{
    public bool IsLate => Task.IsOpen && UntilDue < TimeSpan.Zero;
}
