using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Par.Bot.Backups;
using Par.Bot.Handlers.Backups;
using Par.Bot.Handlers.Broadcasts;
using Par.Bot.Handlers.Documents;
using Par.Bot.Handlers.Dossiers;
using Par.Bot.Handlers.Emulation;
using Par.Bot.Handlers.Members;
using Par.Bot.Handlers.Onboarding;
using Par.Bot.Handlers.Portal;
using Par.Bot.Handlers.Ranking;
using Par.Bot.Handlers.Reminders;
using Par.Bot.Handlers.Routing;
using Par.Bot.Handlers.Tasks;
using Par.Bot.Handlers.Units;
using Par.Bot.Health;
using Par.Bot.Jobs;
using Par.Bot.Metrics;
using Par.Bot.Portal;
using Par.Bot.Telegram;
using Par.Bot.Work;
using Par.Bot.Web;

namespace Par.Bot.Hosting;

/// <summary>Builds and runs the bot's host; start-up failures end in one clear line and a non-zero exit code.</summary>
public static class ParHost
{
    public const int ConfigurationError = 2;

    /// <summary>The store failed while running (see <see cref="StoreWatchdog"/>): restart once it is usable.</summary>
    public const int StoreFailure = 3;

    /// <summary>Anything else stopped the host abnormally; it was logged.</summary>
    public const int Crashed = 1;

    /// <summary>A web host (Kestrel serves health, metrics and the webhook in the same process) with every feature registered.</summary>
    public static WebApplication Build(string[] args, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        AddSources(builder.Configuration, args);
        builder.AddParCore();
        builder.AddParWeb();
        builder.AddParHealth();
        builder.AddParMetrics();
        builder.AddParTelegram();
        builder.AddParRouting();
        builder.AddParDocuments();
        builder.AddParWork();
        builder.AddParOnboarding();
        builder.AddParMembers();
        builder.AddParUnits();
        builder.AddParRanking();
        builder.AddParPortal();
        builder.AddParDossiers();
        builder.AddParTasks();
        builder.AddParEmulation();
        builder.AddParBroadcasts();
        builder.AddParReminders();
        builder.AddParBackupCommands();
        builder.AddParJobs();
        builder.AddParBackups();
        builder.AddParPortalFetch();
        builder.AddParDemo();
        configure?.Invoke(builder);
        builder.WebHost.UseUrls(WebExtensions.UrlsOf(builder.Configuration));
        builder.AddParLogFormat();
        builder.AddParMetricsExport();
        return builder.Build().MapParWeb();
    }

    /// <summary>
    /// The settings as the host reads them (the build's appsettings.json, the one in the working directory, environment
    /// variables, the command line), for the modes that only talk to a running bot and build no host.
    /// </summary>
    public static IConfiguration ReadConfiguration(string[] args)
    {
        var configuration = new ConfigurationManager();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        AddSources(configuration, args);
        return configuration;
    }

    private static void AddSources(IConfigurationBuilder configuration, string[] args)
    {
        configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }

    /// <summary>A bot nobody may administer cannot be set up; the seed command and tests may build a host without one.</summary>
    private const string NoAdmin =
        "Bot:AdminIds is empty: set the Telegram user id of at least one admin (e.g. Bot__AdminIds__0=123456789). " +
        "To find yours, start Par once with any admin id and send /start: the bot logs the id of everyone it does not know.";

    /// <param name="configure">Changes to the host before it is built, as <see cref="Build"/> takes them (tests).</param>
    public static async Task<int> RunAsync(string[] args, Action<IHostApplicationBuilder>? configure = null)
    {
        IHost host;
        try
        {
            if (BackupCommandLine.IsRequested(args))
                return await BackupCommandLine.RunAsync(args, Console.Out, Console.Error);
            if (HealthProbe.IsRequested(args))
                return await HealthProbe.RunAsync(ReadConfiguration(args[1..]), Console.Out);
            if (DemoSeeder.IsRequested(args))
                return DemoSeeder.Run(Build(args, DemoSeeder.Offline), Console.Out);
            host = Build(args, configure);
            await ValidateAsync(host.Services);
            if (host.Services.GetRequiredService<IOptions<BotOptions>>().Value.AdminIds.Count == 0)
            {
                host.Dispose();
                await Console.Error.WriteLineAsync($"Par cannot start: {NoAdmin}");
                return ConfigurationError;
            }
        }
        catch (Exception e) when (StartupProblem(e) is { } problem)
        {
            await Console.Error.WriteLineAsync($"Par cannot start: {problem}");
            return ConfigurationError;
        }
        return await RunToEndAsync(host);
    }

    /// <summary>
    /// Runs the host until it stops (RunAsync disposes it); the exit code says why it stopped. Nothing thrown while
    /// running or stopping escapes: an unhandled exception would abort the process (SIGABRT) instead of exiting with a code.
    /// </summary>
    private static async Task<int> RunToEndAsync(IHost host)
    {
        var watchdog = host.Services.GetRequiredService<StoreWatchdog>();
        var logger = host.Services.GetRequiredService<ILogger<StoreWatchdog>>();
        try
        {
            await host.RunAsync();
        }
        catch (Exception e) when (watchdog.Fault is not null)
        {
            // The store's fault is logged already; what failed on the way down follows from it.
            logger.LogDebug(e, "Stopping after the store failed");
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Par stopped abnormally");
            return Crashed;
        }
        return watchdog.Fault is not null ? StoreFailure : 0;
    }

    /// <summary>Checks every option and opens the store before anything starts, so a bad setting is one line, not a stack trace.</summary>
    public static async Task ValidateAsync(IServiceProvider services)
    {
        await services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None);
        try
        {
            services.GetRequiredService<Core.Storage.ParDatabase>();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteDB.LiteException or Core.Storage.StoreFailedException)
        {
            var path = services.GetRequiredService<IOptions<Core.Storage.StorageOptions>>().Value.Path;
            throw new StorageUnavailableException($"Storage:Path '{path}' cannot be opened: {e.Message}", e);
        }
    }

    private static string? StartupProblem(Exception e) => e switch
    {
        OptionsValidationException validation => validation.Failures.First(),
        InvalidOperationException { Message: var m } when m.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => m,
        StorageUnavailableException => e.Message,
        Core.Storage.DamagedStoreException damaged =>
            $"Storage:Path '{damaged.Path}' {damaged.Problem}. The file is left as it is: restore your latest backup of it to that path " +
            "(copied while the bot was stopped) and start again, or move the file away to begin with an empty store.",
        _ => null,
    };
}
