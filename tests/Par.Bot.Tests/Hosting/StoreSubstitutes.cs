using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;

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

    /// <summary>What a LiteDB file on a failing disk throws.</summary>
    public static IOException DiskFailure() => new("Simulated disk failure");
}
