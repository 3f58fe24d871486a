namespace Par.Core.Dossiers;

public enum TrackedItemKind
{
    Dossier,
    Task,
}
