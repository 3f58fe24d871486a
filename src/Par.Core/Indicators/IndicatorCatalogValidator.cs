using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Par.Core.Ranking;

namespace Par.Core.Indicators;

/// <summary>Checks the <c>Indicators</c> section; every error is one line that starts with the key at fault.</summary>
public sealed partial class IndicatorCatalogValidator : IValidateOptions<IndicatorOptions>
{
    private const string Items = IndicatorOptions.SectionName + ":Items";
    private const string Bands = IndicatorOptions.SectionName + ":Bands";
    private const string Groups = IndicatorOptions.SectionName + ":Groups";

    /// <summary>A short name must fit a button and a list line; a longer one is the full name's job.</summary>
    private const int MaxShortNameLength = 32;

    public static IReadOnlyList<string> Validate(IndicatorOptions options)
    {
        var errors = new List<string>();
        var groups = options.Groups ?? [];
        ValidateItems(options.Items ?? [], groups.Count > 0, errors);
        ValidateGroups(groups, options.Items ?? [], errors);
        ValidateBands(options.Bands, errors);
        return errors;
    }

    ValidateOptionsResult IValidateOptions<IndicatorOptions>.Validate(string? name, IndicatorOptions options)
    {
        var errors = Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateItems(List<IndicatorDefinition> items, bool grouped, List<string> errors)
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
            if (!grouped)
            {
                RequireText(item.Area, $"{key}:Area", errors);
                RequireText(item.AreaEn, $"{key}:AreaEn", errors);
            }

            if (!Enum.IsDefined(item.Kind))
            {
                errors.Add($"{key}:Kind must be percent or ratio");
            }

            if (item.Points <= 0)
            {
                errors.Add($"{key}:Points must be > 0");
            }

            if (item.Rule == IndicatorRule.Capped && item.Target is <= 0 or > 100)
            {
                errors.Add($"{key}:Target must be > 0 and <= 100");
            }

            IndicatorRuleValidator.Validate(item, key, errors);
        }
    }

    private static void ValidateGroups(List<IndicatorGroupDefinition> groups, List<IndicatorDefinition> items, List<string> errors)
    {
        var known = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < groups.Count; i++)
        {
            var key = $"{Groups}:{i}";
            if (groups[i] is not { } group)
            {
                errors.Add($"{key} is empty");
                continue;
            }

            if (group.Code is not { } code || !GroupCodePattern().IsMatch(code))
            {
                errors.Add($"{key}:Code must match {GroupCodePattern()} (was '{group.Code}')");
                continue;
            }

            if (!known.TryAdd(code, i))
            {
                errors.Add($"{key}:Code '{code}' is already used by {Groups}:{known[code]}");
                continue;
            }

            RequireText(group.NameVi, $"{key}:NameVi", errors);
            RequireText(group.NameEn, $"{key}:NameEn", errors);
            var members = items.Where(item => item is not null && string.Equals(item.Group, code, StringComparison.OrdinalIgnoreCase)).ToList();
            if (members.Count == 0)
            {
                errors.Add($"{key} '{code}' has no item (give items \"Group\": \"{code}\")");
            }
            else if (group.Max != members.Sum(item => item.Points))
            {
                // A group's maximum is stated apart from its metrics' points so that a typo in either shows here.
                errors.Add($"{key}:Max is {group.Max} but its items' points add up to {members.Sum(item => item.Points)}");
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            if (item.Group is { } group && !known.ContainsKey(group))
            {
                errors.Add($"{Items}:{i}:Group '{group}' is not one of {Groups}");
            }
            else if (item.Group is null && groups.Count > 0)
            {
                errors.Add($"{Items}:{i}:Group is required when {Groups} is given");
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

    /// <summary>Long enough for the portal's own codes, such as <c>SYNCED_WITH_DVCQG_PERSONAL_STORAGE</c>.</summary>
    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,39}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{1,39}$")]
    private static partial Regex GroupCodePattern();
}
