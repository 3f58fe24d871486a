namespace Par.Core.Dossiers;

/// <summary>What a status means for lateness: the one place that says which statuses are open and which wait for the citizen.</summary>
public static class DossierStatuses
{
    /// <summary>Not closed: still to be processed, or waiting for the citizen.</summary>
    public static bool IsOpen(this DossierStatus status) => status is DossierStatus.Processing || status.WaitsForCitizen();

    /// <summary>Waiting for the citizen to supplement or pay: open, but never late while it waits.</summary>
    public static bool WaitsForCitizen(this DossierStatus status) => status is DossierStatus.AwaitingSupplement or DossierStatus.AwaitingPayment;
}
