namespace Par.Bot.Hosting;

public static class DemoExtensions
{
    /// <summary><c>seed-demo</c> and its parts; built only when asked for.</summary>
    public static IHostApplicationBuilder AddParDemo(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddTransient<DemoSeeder>();
        services.AddTransient<DemoMembers>();
        services.AddTransient<DemoWork>();
        services.AddTransient<DemoBroadcast>();
        return builder;
    }
}
