using Par.Core.Tabular;

namespace Par.Core.Units;

/// <summary>Columns of a unit import file (<c>code,name,group</c>) and their Vietnamese headers.</summary>
public static class UnitColumns
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Group = "group";

    /// <summary>Optional: the unit's code on the national portal (<c>H44.07</c>), which links it to the portal's figures.</summary>
    public const string Portal = "portal";

    public static IReadOnlyList<string> Required { get; } = [Code, Name, Group];

    public static HeaderMatcher Matcher { get; } = new(
    [
        new(Code, "Mã đơn vị", "Mã"),
        new(Name, "Tên đơn vị", "Tên"),
        new(Group, "Nhóm", "Khối"),
        new(Portal, "Mã cổng DVC", "Mã đơn vị trên Cổng", "Mã trên Cổng", "departmentCode"),
    ]);

    /// <summary>A units file has all three columns.</summary>
    public static bool Recognizes(Table table) => Matcher.Match(table.Headers).Missing(Required).Count == 0;

    public static IEnumerable<UnitRow> Rows(Table table)
    {
        var map = Matcher.Match(table.Headers);
        var portal = map[Portal];
        return table.Rows.Select(r => new UnitRow(r.Number, r[map[Code]], r[map[Name]], r[map[Group]], portal is null ? null : r[portal]));
    }
}
