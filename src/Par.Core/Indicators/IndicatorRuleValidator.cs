namespace Par.Core.Indicators;

/// <summary>Checks an item's rule settings: the enums, a composite's terms, the portal fields that go in pairs.</summary>
internal static class IndicatorRuleValidator
{
    public static void Validate(IndicatorDefinition item, string key, List<string> errors)
    {
        if (!Enum.IsDefined(item.Rule))
        {
            errors.Add($"{key}:Rule must be capped, linear, composite or given");
        }

        if (!Enum.IsDefined(item.WhenNoCases))
        {
            errors.Add($"{key}:WhenNoCases must be zero, notScored or full");
        }

        if (!Enum.IsDefined(item.Rounding))
        {
            errors.Add($"{key}:Rounding must be exact or halfUp");
        }

        if ((item.NumeratorField is null) != (item.DenominatorField is null))
        {
            errors.Add($"{key}:NumeratorField and {key}:DenominatorField go together");
        }

        var parts = item.Parts ?? [];
        if (item.Rule == IndicatorRule.Composite && parts.Count == 0)
        {
            errors.Add($"{key}:Parts is required for a composite rule");
        }
        else if (item.Rule != IndicatorRule.Composite && parts.Count > 0)
        {
            errors.Add($"{key}:Parts is only for a composite rule");
        }

        for (var i = 0; i < parts.Count; i++)
        {
            ValidatePart(parts[i], $"{key}:Parts:{i}", errors);
        }
    }

    private static void ValidatePart(CompositePart? part, string key, List<string> errors)
    {
        if (part is null)
        {
            errors.Add($"{key} is empty");
            return;
        }

        if (string.IsNullOrWhiteSpace(part.NumeratorField) || string.IsNullOrWhiteSpace(part.DenominatorField))
        {
            errors.Add($"{key} needs NumeratorField and DenominatorField");
        }

        if (part.Weight <= 0)
        {
            errors.Add($"{key}:Weight must be > 0");
        }

        if (part.Cap is <= 0)
        {
            errors.Add($"{key}:Cap must be > 0 when given");
        }
    }
}
