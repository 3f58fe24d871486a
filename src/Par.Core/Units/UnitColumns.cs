using Par.Core.Tabular;

namespace Par.Core.Units;

/// <summary>The columns of a units file and the Vietnamese headers that mean them.</summary>
public static class UnitColumns
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Group = "group";

    public static readonly HeaderMatcher Matcher = new([
        new ColumnAliases(Code, "Mã đơn vị", "Mã", "Ma don vi"),
        new ColumnAliases(Name, "Tên đơn vị", "Tên", "Ten don vi"),
        new ColumnAliases(Group, "Nhóm", "Khối", "Nhom"),
    ]);

    public static IEnumerable<UnitRow> Rows(Table table)
    {
        var map = Matcher.Match(table.Headers);
        return table.Rows.Select(r => new UnitRow(r.Number, r[map[Code]], r[map[Name]], r[map[Group]]));
    }

    /// <summary>A units file has all three columns.</summary>
    public static bool Recognizes(Table table) =>
        Matcher.Match(table.Headers).Missing([Code, Name, Group]).Count == 0;
}
