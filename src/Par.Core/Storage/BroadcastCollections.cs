namespace Par.Core.Storage;

/// <summary>Names of the broadcast feature's LiteDB collections.</summary>
internal static class BroadcastCollections
{
    public const string Broadcasts = "broadcasts";
    public const string Acknowledgements = "broadcast_acks";
}
