using Par.Core.Units;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>Unit names by code for lists that span units; an unknown code stands for itself.</summary>
public sealed class UnitNames(IReadOnlyDictionary<string, string> names)
{
    public string this[string code] => names.TryGetValue(code, out var name) ? name : code;

    public static UnitNames From(IUnitStore units) =>
        new(units.List(includeArchived: true).ToDictionary(u => u.Code, u => u.Name, StringComparer.OrdinalIgnoreCase));
}
