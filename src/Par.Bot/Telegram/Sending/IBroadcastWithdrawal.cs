namespace Par.Bot.Telegram.Sending;

/// <summary>Tells the gateway that a broadcast was stopped, so its queued rows leave the queue at once.</summary>
public interface IBroadcastWithdrawal
{
    /// <summary>
    /// Drops the broadcast's rows waiting in the gateway's queue (already withdrawn in the store), so they neither
    /// take places in Telegram's rate window nor hold up other mail. Rows in flight finish as they are.
    /// </summary>
    void Withdraw(string broadcastId);
}
