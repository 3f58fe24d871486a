using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>Telegram's side of getUpdates: pending updates, the confirmed offset, and the one long poll allowed at a time.</summary>
internal sealed class FakeUpdateQueue
{
    private readonly Lock gate = new();
    private readonly List<Update> pending = [];
    private readonly ChangeSignal changed = new();
    private int lastId = 1000;
    private int confirmedOffset;
    private long pollGeneration;

    public int ConfirmedOffset
    {
        get { lock (gate) return confirmedOffset; }
    }

    public int PendingCount
    {
        get { lock (gate) return pending.Count; }
    }

    /// <summary>Queues <paramref name="update"/>, numbering it after the last one unless the test set an id.</summary>
    public Update Enqueue(Update update)
    {
        lock (gate)
        {
            if (update.Id <= 0)
                update.Id = ++lastId;
            else
                lastId = Math.Max(lastId, update.Id);
            pending.Add(update);
        }
        changed.Pulse();
        return update;
    }

    /// <summary>Telegram after a week without updates: the next update gets <paramref name="nextId"/>, and an offset
    /// from before (above every id of the new numbering) confirms nothing.</summary>
    public void Renumber(int nextId)
    {
        lock (gate)
        {
            lastId = nextId - 1;
            confirmedOffset = 0;
        }
    }

    public void DropPending()
    {
        lock (gate)
            pending.Clear();
        changed.Pulse();
    }

    /// <summary>Confirms updates below <paramref name="offset"/>, then waits up to <paramref name="timeout"/> for any.
    /// A newer poll ends this one with 409, as Telegram does when two bot instances poll.</summary>
    public async Task<Update[]> TakeAsync(int? offset, int limit, TimeSpan timeout, CancellationToken stopping)
    {
        long generation;
        lock (gate)
        {
            generation = ++pollGeneration;
            Confirm(offset);
        }
        changed.Pulse();

        Update[] batch = [];
        var superseded = false;
        try
        {
            await changed.WaitUntil(() =>
            {
                lock (gate)
                {
                    superseded = generation != pollGeneration;
                    if (!superseded && pending.Count > 0)
                        batch = [.. pending.Take(limit)];
                    return superseded || batch.Length > 0;
                }
            }, timeout, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return [];
        }
        return superseded ? throw new FakeApiException(FakeFault.Conflict()) : batch;
    }

    public async Task WaitUntilConfirmed(int updateId, TimeSpan timeout)
    {
        if (!await changed.WaitUntil(() => ConfirmedOffset > updateId, timeout))
            throw new TimeoutException(
                $"Update {updateId} was not confirmed within {timeout.TotalSeconds:0.#} s: the highest getUpdates offset " +
                $"received is {ConfirmedOffset} and {PendingCount} update(s) are pending. Is the bot polling?");
    }

    private void Confirm(int? offset)
    {
        // Beyond every id issued: an offset of the numbering before a quiet week, which confirms nothing.
        if (offset > lastId + 1)
            return;
        if (offset > 0)
        {
            pending.RemoveAll(update => update.Id < offset);
            confirmedOffset = Math.Max(confirmedOffset, offset.Value);
        }
        else if (offset < 0 && pending.Count > -offset)
        {
            // A negative offset keeps only the last -offset updates and forgets the rest.
            pending.RemoveRange(0, pending.Count + offset.Value);
            confirmedOffset = Math.Max(confirmedOffset, pending[0].Id);
        }
    }
}
