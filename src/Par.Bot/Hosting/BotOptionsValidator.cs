using Microsoft.Extensions.Options;
using Par.Bot.Texts;

namespace Par.Bot.Hosting;

/// <summary>Checks Bot settings; admin ids are read raw, as the binder silently drops list items it cannot convert.</summary>
internal sealed class BotOptionsValidator(IConfiguration configuration) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (!TextsProvider.Speaks(options.DefaultLanguage))
        {
            return ValidateOptionsResult.Fail(
                $"Bot:DefaultLanguage must be one of {string.Join(", ", TextsProvider.Languages.Select(l => $"'{l.Code}'"))}, not '{options.DefaultLanguage}'.");
        }

        foreach (var id in configuration.GetSection($"{BotOptions.Section}:{nameof(BotOptions.AdminIds)}").GetChildren())
        {
            if (!long.TryParse(id.Value, out var userId) || userId <= 0)
                return ValidateOptionsResult.Fail($"{id.Path} must be a Telegram user id (a positive number), not '{id.Value}'.");
        }
        if (!ProvinceClock.TryFindZone(options.TimeZone, out _))
            return ValidateOptionsResult.Fail($"Bot:TimeZone '{options.TimeZone}' is not a known time zone (is tzdata installed?).");
        return ValidateOptionsResult.Success;
    }
}
