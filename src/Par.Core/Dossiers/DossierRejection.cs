namespace Par.Core.Dossiers;

/// <summary>Why one row of a dossier file was not imported. The edge words it in Vietnamese or English.</summary>
public enum DossierRejection
{
    /// <summary>A required cell is blank.</summary>
    MissingValue,

    /// <summary>A date cell is not ISO-8601 nor <c>dd/MM/yyyy [HH:mm[:ss]]</c>.</summary>
    BadDate,

    /// <summary>The due time is earlier than the received time.</summary>
    DueBeforeReceived,

    /// <summary>The finished time is earlier than the received time.</summary>
    FinishedBeforeReceived,

    /// <summary>The status says the dossier is open (processing or waiting for the citizen) but a finished time is given.</summary>
    FinishedWhileProcessing,

    /// <summary>The unit cell names no known unit.</summary>
    UnknownUnit,

    /// <summary>The status cell is no status we know.</summary>
    UnknownStatus,

    /// <summary>An earlier row of the same file has the same unit and code; the first one is kept.</summary>
    DuplicateCodeInFile,

    /// <summary>The code or the procedure name is longer than allowed.</summary>
    TooLong,
}
