using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Telegram.Webhook;

/// <summary>
/// In webhook mode: once Kestrel listens, tells Telegram where to post (setWebhook, without dropping pending
/// updates), then checks every minute that the webhook is still Par's. Each good check counts as contact with the
/// Bot API for readiness, as an idle webhook otherwise hears nothing for hours.
/// </summary>
internal sealed class WebhookRegistration(
    ITelegramBotClient bot,
    WebhookSecret secret,
    CommandMenu menu,
    BotIdentity identity,
    UpdateHeartbeat heartbeat,
    IHostApplicationLifetime lifetime,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<WebhookRegistration> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];
    private static readonly Backoff Retry = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode != TelegramMode.Webhook)
            return;
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult))
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await RegisterAsync(stoppingToken);
                break;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("setWebhook failed ({Reason}); retrying", e.Message);
                await PauseAsync(Retry.After(attempt), stoppingToken);
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await PauseAsync(CheckEvery, stoppingToken);
            await CheckAsync(stoppingToken);
        }
    }

    private async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var me = await bot.GetMe(cancellationToken);
        identity.Username = me.Username ?? identity.Username;
        await bot.SetWebhook(options.Value.WebhookUrl, maxConnections: options.Value.WebhookMaxConnections, allowedUpdates: Wanted,
            dropPendingUpdates: false, secretToken: secret.Value, cancellationToken: cancellationToken);
        heartbeat.Beat();
        await menu.ApplyDefaultsAsync(cancellationToken);
        logger.LogInformation("Connected to the Bot API as @{Username}; Telegram posts updates to {Url}", identity.Username, options.Value.WebhookUrl);
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var info = await bot.GetWebhookInfo(cancellationToken);
            if (info.Url == options.Value.WebhookUrl)
            {
                heartbeat.Beat();
                return;
            }
            logger.LogError("The webhook points to '{Url}', not Par's {Ours} (another instance or a manual change); registering again", info.Url, options.Value.WebhookUrl);
            await RegisterAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Checking the webhook failed ({Reason}); trying again in a minute", e.Message);
        }
    }

    private async Task PauseAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
