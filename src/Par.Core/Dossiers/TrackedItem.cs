namespace Par.Core.Dossiers;

/// <summary>A dossier or task as far as lateness goes: whose it is, what it is, when it is due, whether it is finished.</summary>
public sealed record TrackedItem(
    TrackedItemKind Kind,
    string UnitCode,
    string Code,
    string Title,
    DateTime DueUtc,
    DateTime? FinishedUtc);
