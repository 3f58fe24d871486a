using Par.Core.Access;
using Par.Core.Units;

namespace Par.Core.Dossiers;

/// <summary>
/// Marks an open dossier done: the one path behind a member's <c>/done CODE</c> (their own unit), an admin's
/// <c>/done UNIT CODE</c> (any unit) and the ✅ buttons of lists, so all are checked and stored alike. The dossier is
/// looked up only within the named unit, and the access policy decides whether the actor may act on that unit.
/// </summary>
public sealed class DossierCompletion(IDossierStore dossiers, IUnitStore units)
{
    public DossierOutcome Finish(Actor by, string unitCode, string code, DateTime nowUtc)
    {
        if (units.Find(unitCode.Trim()) is not { } unit)
            return DossierOutcome.Refused(DossierProblem.UnknownUnit);
        if (!AccessPolicy.Can(by, Permission.MarkDone, unit.Code))
            return DossierOutcome.Refused(DossierProblem.OtherUnit);
        var dossier = dossiers.Find(unit.Code, code.Trim().ToUpperInvariant());
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
