using Par.Core.Tabular;

namespace Par.Core.Tests.Tabular;

public sealed class CellTextTests
{
    public static TheoryData<object?, string> Values => new()
    {
        { null, "" },
        { "Sở Nội vụ", "Sở Nội vụ" },
        { new DateTime(2025, 5, 20, 8, 29, 59, 999), "2025-05-20T08:30:00" },
        { new DateTime(2025, 5, 20, 23, 59, 59, 400), "2025-05-20T23:59:59" },
        { new DateTime(2025, 5, 20), "2025-05-20" },
        { 42d, "42" },
        { -2.25, "-2.25" },
        { 0.1, "0.1" },
        { 1e15, "1000000000000000" },
        { 1e30, "1E+30" },
        { true, "TRUE" },
        { 7, "7" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Cell_values_become_invariant_text(object? value, string expected) =>
        Assert.Equal(expected, CellText.From(value));
}
