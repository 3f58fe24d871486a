namespace Par.Core.Dossiers;

/// <summary>
/// Where a dossier stands, after the national one-stop-shop statuses. The numbers are stored: never renumber.
/// Open dossiers are <see cref="Processing"/> and the two waiting for the citizen, whose deadline clock is
/// paused by law; the rest are closed.
/// </summary>
public enum DossierStatus
{
    /// <summary>Registered, received or being processed: the deadline clock runs.</summary>
    Processing = 0,

    /// <summary>Processed, or its result handed back.</summary>
    Done = 1,

    /// <summary>Not received, refused or handed back unprocessed.</summary>
    Returned = 2,

    /// <summary>The citizen was asked for more papers; the clock waits for them.</summary>
    AwaitingSupplement = 3,

    /// <summary>The citizen was asked to pay fees or taxes (financial obligation); the clock waits for them.</summary>
    AwaitingPayment = 4,

    /// <summary>The citizen asked to withdraw the dossier.</summary>
    Withdrawn = 5,

    /// <summary>Processing was stopped.</summary>
    Stopped = 6,
}
