namespace Par.Core.Dossiers;

/// <summary>
/// A dossier or task as far as lateness goes: whose it is, what it is, since and until when, whether it is finished.
/// <paramref name="StartedUtc"/> is when a dossier was received or a task assigned; <paramref name="Status"/> is a
/// dossier's status (null for a task).
/// </summary>
public sealed record TrackedItem(
    TrackedItemKind Kind,
    string UnitCode,
    string Code,
    string Title,
    DateTime StartedUtc,
    DateTime DueUtc,
    DateTime? FinishedUtc,
    DossierStatus? Status = null)
{
    /// <summary>A dossier waiting for the citizen to supplement or pay: its deadline clock is paused by law.</summary>
    public bool WaitsForCitizen => Status?.WaitsForCitizen() == true;
}
