using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Par.Core.Units;

namespace Par.Bot.Hosting;

/// <summary>Group names go into button data (at most 64 bytes), so they are short Latin words.</summary>
internal sealed partial class UnitGroupOptionsValidator : IValidateOptions<UnitGroupOptions>
{
    public ValidateOptionsResult Validate(string? name, UnitGroupOptions options)
    {
        for (var i = 0; i < options.Groups.Count; i++)
        {
            if (!GroupPattern().IsMatch(options.Groups[i]))
                return ValidateOptionsResult.Fail($"Units:Groups:{i} '{options.Groups[i]}' must be a short Latin word (a-z, digits, '-' or '_', at most 20 characters).");
        }
        return options.Groups.Distinct(StringComparer.OrdinalIgnoreCase).Count() == options.Groups.Count
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Units:Groups must not repeat a group.");
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,19}$")]
    private static partial Regex GroupPattern();
}
