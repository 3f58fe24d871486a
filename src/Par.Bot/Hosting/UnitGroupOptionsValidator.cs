using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Par.Core.Tabular;
using Par.Core.Units;

namespace Par.Bot.Hosting;

/// <summary>
/// Checks <c>Units:Groups</c>; every error is one line that starts with the key at fault. Codes go into button data
/// (at most 64 bytes), so they are short Latin words; whatever can be typed for a group must mean that group only.
/// </summary>
internal sealed partial class UnitGroupOptionsValidator : IValidateOptions<UnitGroupOptions>
{
    private const string Groups = UnitGroupOptions.Section + ":Groups";

    public ValidateOptionsResult Validate(string? name, UnitGroupOptions options)
    {
        var errors = new List<string>();
        var groups = options.Groups;
        for (var i = 0; i < groups.Count; i++)
            CheckRequired(groups[i], $"{Groups}:{i}", errors);
        if (errors.Count > 0)
            return ValidateOptionsResult.Fail(errors);

        // Codes first, then names, then aliases: a clash is reported at the key that yields, an alias before a code.
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
            Claim(groups[i].Code, $"{Groups}:{i}:Code", i, groups, owners, errors);
        for (var i = 0; i < groups.Count; i++)
        {
            Claim(groups[i].NameVi, $"{Groups}:{i}:NameVi", i, groups, owners, errors);
            Claim(groups[i].NameEn, $"{Groups}:{i}:NameEn", i, groups, owners, errors);
        }
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = 0; j < groups[i].Aliases.Count; j++)
                Claim(groups[i].Aliases[j], $"{Groups}:{i}:Aliases:{j}", i, groups, owners, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckRequired(UnitGroup? group, string key, List<string> errors)
    {
        if (group is null)
        {
            errors.Add($"{key} is empty.");
            return;
        }

        if (string.IsNullOrWhiteSpace(group.Code))
            errors.Add($"{key}:Code is missing.");
        else if (!CodePattern().IsMatch(group.Code))
            errors.Add($"{key}:Code '{group.Code}' must be a short Latin word (a-z, digits, '-' or '_', at most 20 characters).");
        if (string.IsNullOrWhiteSpace(group.NameVi))
            errors.Add($"{key}:NameVi is missing.");
        for (var j = 0; j < group.Aliases.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(group.Aliases[j]))
                errors.Add($"{key}:Aliases:{j} is empty.");
        }
    }

    /// <summary>Records that <paramref name="typed"/> means group <paramref name="index"/>, or the error if another group has it.</summary>
    private static void Claim(string typed, string key, int index, List<UnitGroup> groups, Dictionary<string, int> owners, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
            return;
        var folded = TextKey.Fold(typed);
        if (owners.TryAdd(folded, index) || owners[folded] == index)
            return;
        var owner = owners[folded];
        errors.Add($"{key} '{typed}' already means group '{groups[owner].Code}' ({Groups}:{owner}); what is typed for a group must name one group.");
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,19}$")]
    private static partial Regex CodePattern();
}
