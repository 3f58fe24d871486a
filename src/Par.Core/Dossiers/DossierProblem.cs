namespace Par.Core.Dossiers;

/// <summary>Why a dossier could not be marked settled. The edge words it in Vietnamese or English.</summary>
public enum DossierProblem
{
    UnknownUnit,
    OtherUnit,
    NotFound,
    AlreadyClosed,
}
