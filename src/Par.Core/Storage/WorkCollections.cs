namespace Par.Core.Storage;

/// <summary>The collection of background work.</summary>
internal static class WorkCollections
{
    public const string Work = "work";
}
