using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using NSubstitute.Core;

namespace Par.Bot.Tests.Hosting;

/// <summary>
/// Puts an NSubstitute proxy in front of a real LiteDB store on the test's file: every call reaches the store unless
/// the test configures it (to throw on the Nth write, say). Storage failures the fake Bot API cannot cause are then
/// provoked without faking what the store does when it works.
/// </summary>
public static class StoreSubstitutes
{
    /// <summary>Replaces the <typeparamref name="TStore"/> registration; <paramref name="configure"/> sets the failures.</summary>
    public static IServiceCollection SubstituteStore<TStore, TLite>(this IServiceCollection services, Action<TStore> configure)
        where TStore : class
        where TLite : class, TStore
    {
        services.RemoveAll<TStore>();
        services.AddSingleton(sp =>
        {
            var arguments = typeof(TLite).GetConstructors().Single().GetParameters().Select(p => sp.GetRequiredService(p.ParameterType)).ToArray();
            var store = Substitute.ForTypeForwardingTo<TStore, TLite>(arguments);
            configure(store);
            return store;
        });
        return services;
    }

    /// <summary>
    /// A When…Do action that throws <see cref="DiskFailure"/> on the first <paramref name="times"/> calls and lets the
    /// rest through; create it outside the configure action, which runs again when the host restarts.
    /// </summary>
    public static Action<CallInfo> FailFirst(int times)
    {
        var calls = 0;
        return _ =>
        {
            if (Interlocked.Increment(ref calls) <= times)
                throw DiskFailure();
        };
    }

    /// <summary>What a LiteDB file on a failing disk throws.</summary>
    public static IOException DiskFailure() => new("Simulated disk failure");
}
