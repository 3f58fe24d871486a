using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Par.Core.Ranking;

namespace Par.Core.Indicators;

/// <summary>Checks the <c>Indicators</c> section; every error is one line that starts with the key at fault.</summary>
public sealed partial class IndicatorCatalogValidator : IValidateOptions<IndicatorOptions>
{
    private const string Items = IndicatorOptions.SectionName + ":Items";
    private const string Bands = IndicatorOptions.SectionName + ":Bands";

    /// <summary>A short name must fit a button and a list line; a longer one is the full name's job.</summary>
    private const int MaxShortNameLength = 32;

    public static IReadOnlyList<string> Validate(IndicatorOptions options)
    {
        var errors = new List<string>();
        ValidateItems(options.Items ?? [], errors);
        ValidateBands(options.Bands, errors);
        return errors;
    }

    ValidateOptionsResult IValidateOptions<IndicatorOptions>.Validate(string? name, IndicatorOptions options)
    {
        var errors = Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateItems(List<IndicatorDefinition> items, List<string> errors)
    {
        var firstIndexByCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var key = $"{Items}:{i}";
            if (items[i] is not { } item)
            {
                errors.Add($"{key} is empty");
                continue;
            }

            if (item.Code is not { } code || !CodePattern().IsMatch(code))
            {
                errors.Add($"{key}:Code must match {CodePattern()} (was '{item.Code}')");
            }
            else if (!firstIndexByCode.TryAdd(code, i))
            {
                errors.Add($"{key}:Code '{code}' is already used by {Items}:{firstIndexByCode[code]}");
            }

            RequireText(item.NameVi, $"{key}:NameVi", errors);
            RequireText(item.NameEn, $"{key}:NameEn", errors);
            OptionalShortText(item.ShortVi, $"{key}:ShortVi", errors);
            OptionalShortText(item.ShortEn, $"{key}:ShortEn", errors);
            RequireText(item.Area, $"{key}:Area", errors);
            RequireText(item.AreaEn, $"{key}:AreaEn", errors);
            if (!Enum.IsDefined(item.Kind))
            {
                errors.Add($"{key}:Kind must be percent or ratio");
            }

            if (item.Points <= 0)
            {
                errors.Add($"{key}:Points must be > 0");
            }

            if (item.Target is <= 0 or > 100)
            {
                errors.Add($"{key}:Target must be > 0 and <= 100");
            }
        }
    }

    private static void ValidateBands(BandThresholds? bands, List<string> errors)
    {
        if (bands is null)
        {
            errors.Add($"{Bands} is empty");
            return;
        }

        (string Name, decimal Value)[] ordered =
            [("Excellent", bands.Excellent), ("Good", bands.Good), ("Average", bands.Average)];
        for (var i = 0; i < ordered.Length; i++)
        {
            var (name, value) = ordered[i];
            if (value is <= 0 or > 100)
            {
                errors.Add($"{Bands}:{name} must be > 0 and <= 100");
            }
            else if (i > 0 && value >= ordered[i - 1].Value)
            {
                errors.Add($"{Bands}:{name} must be below {Bands}:{ordered[i - 1].Name}");
            }
        }
    }

    private static void RequireText(string? value, string key, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{key} is required");
        }
    }

    private static void OptionalShortText(string? value, string key, List<string> errors)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{key} must not be blank when given");
        }
        else if (value.Length > MaxShortNameLength)
        {
            errors.Add($"{key} must be at most {MaxShortNameLength} characters (was {value.Length})");
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,19}$")]
    private static partial Regex CodePattern();
}
