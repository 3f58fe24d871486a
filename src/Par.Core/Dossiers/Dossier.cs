namespace Par.Core.Dossiers;

/// <summary>
/// One administrative-procedure case of a unit. Times are UTC. A closed dossier (done, returned, withdrawn, stopped)
/// may lack <paramref name="FinishedUtc"/> when the unit's export did not say when it closed.
/// </summary>
public sealed record Dossier(
    string UnitCode,
    string Code,
    string Procedure,
    DateTime ReceivedUtc,
    DateTime DueUtc,
    DossierStatus Status,
    DateTime? FinishedUtc,
    DateTime UpdatedUtc)
{
    /// <summary>Unique across units: <c>UNIT:CODE</c>.</summary>
    public string Id => IdOf(UnitCode, Code);

    public static string IdOf(string unitCode, string code) => $"{unitCode}:{code}";

    public bool IsOpen => Status.IsOpen();

    /// <summary>
    /// The dossier as an item that can be late. A closed dossier counts as finished even without a
    /// finished time (then its last update stands in), so it is never reported late.
    /// </summary>
    public TrackedItem ToTrackedItem() => new(
        TrackedItemKind.Dossier,
        UnitCode,
        Code,
        Procedure,
        ReceivedUtc,
        DueUtc,
        IsOpen ? null : FinishedUtc ?? UpdatedUtc,
        Status);
}
