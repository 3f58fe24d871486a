using Microsoft.Extensions.DependencyInjection;
using Par.Core.Broadcasts;

namespace Par.Core.Storage;

public static class BroadcastStorageExtensions
{
    /// <summary>The LiteDB store of broadcasts and acknowledgements; needs <see cref="StorageExtensions.AddParStorage"/>.</summary>
    public static IServiceCollection AddParBroadcastStorage(this IServiceCollection services)
    {
        services.AddSingleton<IBroadcastStore, LiteBroadcastStore>();
        return services;
    }
}
