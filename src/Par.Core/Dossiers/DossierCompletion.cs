using Par.Core.Access;
using Par.Core.Units;

namespace Par.Core.Dossiers;

/// <summary>
/// Marks an open dossier settled: a member their own unit's (<c>/done CODE</c>), an admin any unit's
/// (<c>/done UNIT CODE</c>) — one path, so both are checked and stored alike.
/// </summary>
public sealed class DossierCompletion(IDossierStore dossiers, IUnitStore units)
{
    public DossierOutcome Finish(Actor by, string unitCode, string code, DateTime nowUtc)
    {
        if (units.Find(unitCode) is not { } unit)
            return DossierOutcome.Refused(DossierProblem.UnknownUnit);
        if (!AccessPolicy.Can(by, Permission.MarkDone, unit.Code))
            return DossierOutcome.Refused(DossierProblem.OtherUnit);
        var dossier = dossiers.Find(unit.Code, code.ToUpperInvariant());
        if (dossier is null)
            return DossierOutcome.Refused(DossierProblem.NotFound);
        if (dossier.Status != DossierStatus.Processing)
            return DossierOutcome.Refused(DossierProblem.AlreadyClosed, dossier);
        return dossiers.Finish(unit.Code, dossier.Code, nowUtc) is { } finished
            ? DossierOutcome.Done(finished)
            : DossierOutcome.Refused(DossierProblem.AlreadyClosed, dossier);
    }
}
