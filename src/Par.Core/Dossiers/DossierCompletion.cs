namespace Par.Core.Dossiers;

/// <summary>
/// Marks a unit's open dossier done: the one path behind <c>/done CODE</c> and the ✅ buttons of lists.
/// A dossier is found only within the acting unit, so another unit's dossier is never touched.
/// </summary>
public sealed class DossierCompletion(IDossierStore dossiers)
{
    public DossierOutcome Finish(string unitCode, string code, DateTime nowUtc)
    {
        var dossier = dossiers.Find(unitCode, code.Trim().ToUpperInvariant());
        if (dossier is null)
            return DossierOutcome.Refused(DossierProblem.NotFound);
        if (!dossier.IsOpen)
            return DossierOutcome.Refused(DossierProblem.AlreadyClosed, dossier);
        // Another press or import may close it between the two reads; the store's finish is the one that counts.
        return dossiers.Finish(dossier.UnitCode, dossier.Code, nowUtc) is { } finished
            ? DossierOutcome.Done(finished)
            : DossierOutcome.Refused(DossierProblem.AlreadyClosed, dossier);
    }
}
