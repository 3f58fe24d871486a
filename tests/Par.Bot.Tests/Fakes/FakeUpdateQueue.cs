using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>Telegram's side of getUpdates: pending updates, the confirmed offset, and the one long poll allowed at a time.</summary>
internal sealed class FakeUpdateQueue
{
    private readonly Lock _gate = new();
    private readonly List<Update> _pending = [];
    private readonly HashSet<int> _delivered = [];
    private readonly ChangeSignal _changed = new();
    private int _lastId = 1000;
    private int _confirmedOffset;
    private long _pollGeneration;

    public int ConfirmedOffset
    {
        get { lock (_gate) return _confirmedOffset; }
    }

    public int PendingCount
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>Queues <paramref name="update"/>, numbering it after the last one unless the test set an id.</summary>
    public Update Enqueue(Update update)
    {
        lock (_gate)
        {
            if (update.Id <= 0)
                update.Id = ++_lastId;
            else
                _lastId = Math.Max(_lastId, update.Id);
            _pending.Add(update);
        }
        _changed.Pulse();
        return update;
    }

    /// <summary>Telegram after a week without updates: the next update gets <paramref name="nextId"/>, and an offset
    /// from before (above every id of the new numbering) confirms nothing.</summary>
    public void Renumber(int nextId)
    {
        lock (_gate)
        {
            _lastId = nextId - 1;
            _confirmedOffset = 0;
        }
    }

    /// <summary>
    /// For webhook delivery: the oldest pending updates not yet in flight, at most <paramref name="max"/> and one per chat
    /// with none of its updates in flight, as Telegram waits for a chat's answer before posting its next update.
    /// </summary>
    public IReadOnlyList<Update> TakeForDelivery(IReadOnlyCollection<int> inFlight, int max)
    {
        lock (_gate)
        {
            var busy = _pending.Where(u => inFlight.Contains(u.Id)).Select(ChatOf).ToHashSet();
            var taken = new List<Update>();
            foreach (var update in _pending)
            {
                if (taken.Count + inFlight.Count >= max)
                    break;
                if (!inFlight.Contains(update.Id) && busy.Add(ChatOf(update)))
                    taken.Add(update);
            }
            return taken;
        }
    }

    /// <summary>A webhook delivery the bot answered with 2xx: Telegram forgets the update.</summary>
    public void Delivered(int updateId)
    {
        lock (_gate)
        {
            _pending.RemoveAll(u => u.Id == updateId);
            _delivered.Add(updateId);
        }
        _changed.Pulse();
    }

    public bool WasDelivered(int updateId)
    {
        lock (_gate)
            return _delivered.Contains(updateId);
    }

    /// <summary>Completes at the next change (an update queued or delivered); take it before looking at the queue.</summary>
    public Task NextChange => _changed.Next;

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? 0;

    public void DropPending()
    {
        lock (_gate)
            _pending.Clear();
        _changed.Pulse();
    }

    /// <summary>Confirms updates below <paramref name="offset"/>, then waits up to <paramref name="timeout"/> for any.
    /// A newer poll ends this one with 409, as Telegram does when two bot instances poll.</summary>
    public async Task<Update[]> TakeAsync(int? offset, int limit, TimeSpan timeout, CancellationToken stopping)
    {
        long generation;
        lock (_gate)
        {
            generation = ++_pollGeneration;
            Confirm(offset);
        }
        _changed.Pulse();

        Update[] batch = [];
        var superseded = false;
        try
        {
            await _changed.WaitUntil(() =>
            {
                lock (_gate)
                {
                    superseded = generation != _pollGeneration;
                    if (!superseded && _pending.Count > 0)
                        batch = [.. _pending.Take(limit)];
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
        if (!await _changed.WaitUntil(() => ConfirmedOffset > updateId, timeout))
        {
            throw new TimeoutException(
                $"Update {updateId} was not confirmed within {timeout.TotalSeconds:0.#} s: the highest getUpdates offset " +
                $"received is {ConfirmedOffset} and {PendingCount} update(s) are pending. Is the bot polling?");
        }
    }

    private void Confirm(int? offset)
    {
        // Beyond every id issued: an offset of the numbering before a quiet week, which confirms nothing.
        if (offset > _lastId + 1)
            return;
        if (offset > 0)
        {
            _pending.RemoveAll(update => update.Id < offset);
            _confirmedOffset = Math.Max(_confirmedOffset, offset.Value);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            // A negative offset keeps only the last -offset updates and forgets the rest.
            _pending.RemoveRange(0, _pending.Count + offset.Value);
            _confirmedOffset = Math.Max(_confirmedOffset, _pending[0].Id);
        }
    }
}
