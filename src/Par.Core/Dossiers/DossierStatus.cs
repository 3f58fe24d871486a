namespace Par.Core.Dossiers;

public enum DossierStatus
{
    Processing,
    Done,
    Returned,
}
