using Microsoft.Extensions.DependencyInjection;
using Par.Core.Work;

namespace Par.Core.Storage;

public static class WorkStorageExtensions
{
    /// <summary>The LiteDB store of background work; needs the storage of <see cref="StorageExtensions.AddParStorage"/>.</summary>
    public static IServiceCollection AddParWorkStorage(this IServiceCollection services)
    {
        services.AddSingleton<IWorkStore, LiteWorkStore>();
        return services;
    }
}
