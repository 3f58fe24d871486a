namespace Par.Bot.Handlers.Tasks;

/// <summary>The one-line form's parts as typed, before any is checked.</summary>
public sealed record NewTaskLineParts(string Lead, IReadOnlyList<string> Coordinators, string Deadline, string Description, string? Expected);
