namespace Par.Bot.Handlers.Tasks;

/// <summary>One unit's tasks for the admin's overview: open (of which late) and finished.</summary>
public sealed record UnitTaskCounts(string UnitCode, string UnitName, int Open, int Late, int Finished);
