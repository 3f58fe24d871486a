namespace Par.Core.Dossiers;

/// <summary>The dossier marked settled, or why not (with the dossier when it exists but is closed).</summary>
public sealed record DossierOutcome(Dossier? Dossier, DossierProblem? Problem)
{
    public static DossierOutcome Done(Dossier dossier) => new(dossier, null);

    public static DossierOutcome Refused(DossierProblem problem, Dossier? dossier = null) => new(dossier, problem);
}
