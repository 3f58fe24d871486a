namespace Par.Core.Units;

/// <summary>The two-tier local government that provinces moved to in 2025: departments, and communes with wards.</summary>
public static class DefaultUnitGroups
{
    public static IReadOnlyList<UnitGroup> Items { get; } =
    [
        new()
        {
            Code = "department",
            NameVi = "Sở, ban, ngành",
            NameEn = "Departments and agencies",
            Aliases = ["sở", "sở ngành", "ban ngành", "khối sở", "cấp tỉnh", "departments"],
        },
        new()
        {
            Code = "commune",
            NameVi = "Xã, phường, đặc khu",
            NameEn = "Communes and wards",
            Aliases = ["xã", "phường", "thị trấn", "đặc khu", "khối xã", "cấp xã", "communes", "ward", "wards"],
        },
    ];
}
