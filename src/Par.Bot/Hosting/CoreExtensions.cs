using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Par.Core.Storage;
using Par.Core.Units;

namespace Par.Bot.Hosting;

public static class CoreExtensions
{
    /// <summary>Options shared by every feature, the clock and the LiteDB store.</summary>
    public static IHostApplicationBuilder AddParCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSection<BotOptions>(BotOptions.Section);
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddSection<StorageOptions>(StorageOptions.Section);
        services.AddSection<UnitGroupOptions>(UnitGroupOptions.Section);
        services.AddSingleton<IValidateOptions<UnitGroupOptions>, UnitGroupOptionsValidator>();
        services.AddSingleton<UnitGroups>();
        services.AddSingleton<ProvinceClock>();

        // The lock first: a second process on the same file is refused before LiteDB (which shares its file on Linux) opens it.
        services.AddSingleton(sp => StoreLock.Take(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        services.AddSingleton(sp =>
        {
            sp.GetRequiredService<StoreLock>();
            return new ParDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path);
        });
        services.AddParStorage();
        services.AddSingleton<StoreWatchdog>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreWatchdog>());
        return builder;
    }
}
