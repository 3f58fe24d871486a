using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Par.Core.Storage;
using Par.Core.Units;

namespace Par.Bot.Tests.Work;

/// <summary>
/// The real unit store, except that a bulk write, once made, waits for the test to open the gate: an import is then
/// caught in the middle of its transaction, its units written and not committed, for as long as the test needs.
/// </summary>
internal sealed class GatedUnitStore(IUnitStore inner) : IUnitStore
{
    private readonly ManualResetEventSlim _gate = new(initialState: false);

    /// <summary>Completes when a bulk write has been made and waits at the gate.</summary>
    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Register(IServiceCollection services)
    {
        services.RemoveAll<IUnitStore>();
        services.AddSingleton<IUnitStore>(sp =>
        {
            var db = sp.GetRequiredService<ParDatabase>();
            return new GatedUnitStore(new CachingUnitStore(new LiteUnitStore(db), db));
        });
    }

    public void Open() => _gate.Set();

    public Unit? Find(string code) => inner.Find(code);

    public IReadOnlyList<Unit> List(bool includeArchived = false) => inner.List(includeArchived);

    public void Upsert(Unit unit) => inner.Upsert(unit);

    public void Upsert(IReadOnlyCollection<Unit> units)
    {
        inner.Upsert(units);
        Held.TrySetResult();
        if (!_gate.Wait(TimeSpan.FromSeconds(30)))
            throw new TimeoutException("The test never opened the gate.");
    }
}
