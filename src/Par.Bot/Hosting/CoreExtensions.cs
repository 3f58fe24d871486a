using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Par.Core.Invites;
using Par.Core.Storage;
using Par.Core.Units;

namespace Par.Bot.Hosting;

public static class CoreExtensions
{
    /// <summary>Options, the clock, the LiteDB store and the domain services.</summary>
    public static IHostApplicationBuilder AddParCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InviteOptions>().BindConfiguration(InviteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UnitGroupOptions>().BindConfiguration(UnitGroupOptions.Section).ValidateOnStart();
        services.AddSingleton<ProvinceClock>();

        services.AddSingleton(sp => new ParDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        services.AddParStorage();
        services.AddSingleton<InviteService>();
        services.AddSingleton<UnitService>();
        return builder;
    }
}
