using Par.Core.Tabular;

namespace Par.Core.Tests.Tabular;

public sealed class CellSanitizerTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+84 912 345 678", "'+84 912 345 678")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("-", "'-")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("＝SUM(A1)", "'＝SUM(A1)")]
    [InlineData("＋84", "'＋84")]
    [InlineData("－1＋2", "'－1＋2")]
    [InlineData("＠SUM(1)", "'＠SUM(1)")]
    [InlineData("-12", "-12")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("-98,5", "-98,5")]
    [InlineData("Sở Nội vụ", "Sở Nội vụ")]
    [InlineData("HS-000123", "HS-000123")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ForCsv_neutralises_formulas_full_width_ones_too_but_not_negative_numbers(string? value, string expected) =>
        Assert.Equal(expected, CellSanitizer.ForCsv(value));
}
