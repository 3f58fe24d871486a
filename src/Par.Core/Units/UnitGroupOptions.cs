using System.ComponentModel.DataAnnotations;

namespace Par.Core.Units;

public sealed class UnitGroupOptions
{
    public const string Section = "Units";

    /// <summary>The groups units are ranked within (two-tier local government since 2025).</summary>
    [MinLength(1)]
    public List<string> Groups { get; set; } = ["department", "commune"];
}
