using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Par.Bot.Telegram;

internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Token))
            return ValidateOptionsResult.Fail("Telegram:Token is missing: set it in appsettings.json or the Telegram__Token environment variable (the token BotFather gave you).");
        if (!TokenPattern().IsMatch(options.Token))
            return ValidateOptionsResult.Fail("Telegram:Token is malformed: expected digits, a colon and the secret, as BotFather gives it.");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return ValidateOptionsResult.Fail($"Telegram:ApiBaseUrl must be an absolute http(s) URL, not '{options.ApiBaseUrl}'.");
        if (options.PollTimeoutSeconds is < 1 or > 50)
            return ValidateOptionsResult.Fail("Telegram:PollTimeoutSeconds must be between 1 and 50.");
        if (options.MaxFileBytes is < 1024 or > 20 * 1024 * 1024)
            return ValidateOptionsResult.Fail("Telegram:MaxFileBytes must be between 1024 and 20971520 (Telegram's download limit).");
        return options.Mode == TelegramMode.Webhook ? ValidateWebhook(options) : ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult ValidateWebhook(TelegramOptions options)
    {
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return ValidateOptionsResult.Fail($"Telegram:WebhookUrl must be the absolute URL your proxy forwards to Par (https://bot.example.gov.vn/telegram), not '{options.WebhookUrl}'.");
        if (url.Scheme == "http" && options.ApiBaseUrl.TrimEnd('/') == PublicApiWithoutSlash)
            return ValidateOptionsResult.Fail("Telegram:WebhookUrl must be https:// for Telegram's own Bot API (plain http:// only works with a self-hosted Bot API server).");
        if (options.WebhookSecret.Length > 0 && !SecretPattern().IsMatch(options.WebhookSecret))
            return ValidateOptionsResult.Fail("Telegram:WebhookSecret must be 1 to 256 letters, digits, '_' or '-' (or empty for a random one).");
        if (options.WebhookMaxConnections is < 1 or > 100)
            return ValidateOptionsResult.Fail("Telegram:WebhookMaxConnections must be between 1 and 100.");
        return ValidateOptionsResult.Success;
    }

    private static readonly string PublicApiWithoutSlash = TelegramOptions.PublicApi.TrimEnd('/');

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex TokenPattern();
}
