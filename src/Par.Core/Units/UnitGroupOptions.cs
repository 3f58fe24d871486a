namespace Par.Core.Units;

public sealed class UnitGroupOptions
{
    public const string Section = "Units";

    /// <summary>The two-tier local government that provinces moved to in 2025.</summary>
    public static readonly IReadOnlyList<string> DefaultGroups = ["department", "commune"];

    /// <summary>
    /// The groups units are ranked within, as configured. Starts empty because the configuration binder appends
    /// to a list rather than replacing it; <see cref="Names"/> falls back to the defaults.
    /// </summary>
    public List<string> Groups { get; set; } = [];

    public IReadOnlyList<string> Names => Groups.Count > 0 ? Groups : DefaultGroups;
}
