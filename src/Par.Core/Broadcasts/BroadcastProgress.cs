namespace Par.Core.Broadcasts;

/// <summary>Where the delivery of a broadcast stands, counted from its outbox rows.</summary>
public sealed record BroadcastProgress(int Total, int Delivered, int Blocked, int Failed)
{
    public int Pending => Total - Delivered - Blocked - Failed;

    public bool Done => Pending == 0;
}
