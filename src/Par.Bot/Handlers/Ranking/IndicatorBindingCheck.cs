using Microsoft.Extensions.Options;
using Par.Core.Indicators;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// Catches the indicators the configuration binder silently drops: a list element with a value it cannot convert
/// (<c>"Kind": "weird"</c>, <c>"Points": "ten"</c>) is left out of <see cref="IndicatorOptions.Items"/> without an error,
/// which would quietly shift or empty the catalogue. Each configured item is bound alone, where the binder does throw.
/// </summary>
public sealed class IndicatorBindingCheck(IConfiguration configuration) : IValidateOptions<IndicatorOptions>
{
    public ValidateOptionsResult Validate(string? name, IndicatorOptions options)
    {
        var failures = new List<string>();
        foreach (var item in configuration.GetSection($"{IndicatorOptions.SectionName}:Items").GetChildren())
        {
            Bind<IndicatorDefinition>(item, failures);
        }

        foreach (var group in configuration.GetSection($"{IndicatorOptions.SectionName}:Groups").GetChildren())
        {
            Bind<IndicatorGroupDefinition>(group, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Bind<T>(IConfigurationSection section, List<string> failures)
    {
        try
        {
            section.Get<T>();
        }
        catch (InvalidOperationException e)
        {
            failures.Add(e.Message);
        }
    }
}
