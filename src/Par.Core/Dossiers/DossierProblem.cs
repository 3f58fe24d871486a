namespace Par.Core.Dossiers;

/// <summary>Why a dossier could not be marked done. The edge words it in Vietnamese or English.</summary>
public enum DossierProblem
{
    /// <summary>No unit has the code named.</summary>
    UnknownUnit,

    /// <summary>The unit named is not one the actor may act on.</summary>
    OtherUnit,

    /// <summary>The unit has no dossier with that code.</summary>
    NotFound,

    /// <summary>The dossier is closed already (done, returned, withdrawn or stopped).</summary>
    AlreadyClosed,
}
