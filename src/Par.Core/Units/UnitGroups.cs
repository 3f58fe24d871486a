using Microsoft.Extensions.Options;
using Par.Core.Tabular;

namespace Par.Core.Units;

/// <summary>
/// The configured groups and what people type for them: a group is found by its code, a name or an alias,
/// whatever the case or the diacritics (<c>Khối xã</c>, <c>khoi xa</c>).
/// </summary>
public sealed class UnitGroups
{
    private readonly Dictionary<string, UnitGroup> _byTypedName = new(StringComparer.Ordinal);

    public UnitGroups(IOptions<UnitGroupOptions> options)
    {
        All = options.Value.Items;
        foreach (var group in All)
        {
            foreach (var name in group.TypedNames())
            {
                // Start-up validation refuses a name two groups share; the first group keeps it otherwise.
                _byTypedName.TryAdd(TextKey.Fold(name), group);
            }
        }
    }

    /// <summary>Every group, in configured order.</summary>
    public IReadOnlyList<UnitGroup> All { get; }

    /// <summary>The group a person typed, or null when the text names none.</summary>
    public UnitGroup? Find(string typed) => _byTypedName.GetValueOrDefault(TextKey.Fold(typed));

    /// <summary>Where the group stands in configured order; a group no longer configured comes last.</summary>
    public int Position(string code)
    {
        var index = All.ToList().FindIndex(group => string.Equals(group.Code, code, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? All.Count : index;
    }

    /// <summary>A stored unit's group by its code; a group no longer configured is shown by its code.</summary>
    public UnitGroup Of(string code) =>
        All.FirstOrDefault(group => string.Equals(group.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? new UnitGroup { Code = code, NameVi = code };
}
