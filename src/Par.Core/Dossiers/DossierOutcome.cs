namespace Par.Core.Dossiers;

/// <summary>
/// The dossier marked done, or why not. <see cref="Dossier"/> is the finished dossier, or on
/// <see cref="DossierProblem.AlreadyClosed"/> the dossier as it stands.
/// </summary>
public sealed record DossierOutcome(Dossier? Dossier, DossierProblem? Problem)
{
    public static DossierOutcome Done(Dossier dossier) => new(dossier, null);

    public static DossierOutcome Refused(DossierProblem problem, Dossier? dossier = null) => new(dossier, problem);
}
