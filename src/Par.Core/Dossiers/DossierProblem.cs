namespace Par.Core.Dossiers;

/// <summary>Why a dossier could not be marked done. The edge words it in Vietnamese or English.</summary>
public enum DossierProblem
{
    /// <summary>The unit has no dossier with that code.</summary>
    NotFound,

    /// <summary>The dossier is closed already (done, returned, withdrawn or stopped).</summary>
    AlreadyClosed,
}
