using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// A task's full card as <c>/tasks T-12</c> shows it: names in place of codes and user ids, times in the province's
/// zone, its status now, and its history oldest first.
/// </summary>
public sealed record TaskCard(
    UnitTask Task,
    string LeadName,
    IReadOnlyList<(string Name, bool Confirmed)> Coordinators,
    string? ResponsibleName,
    WorkStatus Status,
    DateTimeOffset DueLocal,
    DateTimeOffset OriginalDueLocal,
    IReadOnlyList<(TaskHistoryEntry Entry, string By, DateTimeOffset AtLocal)> History);
