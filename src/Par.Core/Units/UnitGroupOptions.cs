namespace Par.Core.Units;

/// <summary>The <c>Units</c> configuration section.</summary>
/// <remarks>
/// <code>
/// "Units": { "Groups": [ { "Code": "commune", "NameVi": "Xã, phường, đặc khu", "NameEn": "Communes and wards",
///                          "Aliases": [ "xã", "phường", "khối xã" ] }, … ] }
/// </code>
/// </remarks>
public sealed class UnitGroupOptions
{
    public const string Section = "Units";

    /// <summary>
    /// The groups units are ranked within, in display order, as configured. Starts empty because the configuration
    /// binder appends to a list rather than replacing it; <see cref="Items"/> falls back to the defaults.
    /// </summary>
    public List<UnitGroup> Groups { get; set; } = [];

    public IReadOnlyList<UnitGroup> Items => Groups.Count > 0 ? Groups : DefaultUnitGroups.Items;
}
