using Microsoft.Extensions.Options;

namespace Par.Bot.Hosting;

internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.DefaultLanguage is not ("vi" or "en"))
            return ValidateOptionsResult.Fail($"Bot:DefaultLanguage must be 'vi' or 'en', not '{options.DefaultLanguage}'.");
        if (options.AdminIds.Any(id => id <= 0))
            return ValidateOptionsResult.Fail("Bot:AdminIds must hold positive Telegram user ids.");
        if (!ProvinceClock.TryFindZone(options.TimeZone, out _))
            return ValidateOptionsResult.Fail($"Bot:TimeZone '{options.TimeZone}' is not a known time zone (is tzdata installed?).");
        return ValidateOptionsResult.Success;
    }
}
