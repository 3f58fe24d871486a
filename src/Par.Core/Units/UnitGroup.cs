namespace Par.Core.Units;

/// <summary>
/// One group units are ranked within, as configured under <c>Units:Groups</c>. <see cref="Code"/> is stored on units
/// and put in button data; people see <see cref="Name"/> and may type the code, either name or an alias.
/// </summary>
/// <remarks>Init-only properties so the configuration binder can fill it and nobody can change it afterwards.</remarks>
public sealed record UnitGroup
{
    public string Code { get; init; } = "";

    public string NameVi { get; init; } = "";

    /// <summary>Optional: without it, English readers see <see cref="NameVi"/>.</summary>
    public string NameEn { get; init; } = "";

    /// <summary>Other words people type for the group: <c>xã</c>, <c>phường</c>, <c>khối xã</c>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The display name; a language without a name of its own reads the English one.</summary>
    public string Name(Language language) =>
        language == Language.Vi || string.IsNullOrWhiteSpace(NameEn) ? NameVi : NameEn;

    /// <summary>Everything that, typed, means this group.</summary>
    public IEnumerable<string> TypedNames() =>
        new[] { Code, NameVi, NameEn }.Concat(Aliases).Where(name => !string.IsNullOrWhiteSpace(name));
}
