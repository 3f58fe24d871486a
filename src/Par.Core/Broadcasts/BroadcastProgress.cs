namespace Par.Core.Broadcasts;

/// <summary>Where the delivery of a broadcast stands, counted from its outbox rows.</summary>
public sealed record BroadcastProgress(int Total, int Delivered, int Blocked, int Failed, int Withdrawn = 0)
{
    public int Pending => Total - Delivered - Blocked - Failed - Withdrawn;

    public bool Done => Pending == 0;
}
