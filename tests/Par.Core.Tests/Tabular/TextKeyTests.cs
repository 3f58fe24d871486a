using System.Text;
using Par.Core.Tabular;

namespace Par.Core.Tests.Tabular;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("Mã hồ sơ", "mã hồ sơ")]
    [InlineData("  MÃ   HỒ  SƠ ", "mã hồ sơ")]
    [InlineData("Ma\u0303 ho\u0302\u0300 so\u031B", "mã hồ sơ")]
    [InlineData("mã_hồ-sơ", "mã hồ sơ")]
    [InlineData("Trạng.thái", "trạng thái")]
    [InlineData("\tĐơn vị\u00A0", "đơn vị")]
    public void Normalize_ignores_form_case_spacing_and_separators(string text, string expected) =>
        Assert.Equal(expected, TextKey.Normalize(text));

    [Theory]
    [InlineData("Mã hồ sơ", "ma ho so")]
    [InlineData("ĐƠN VỊ", "don vi")]
    [InlineData("Đã giải quyết", "da giai quyet")]
    public void Fold_also_removes_diacritics(string text, string expected) =>
        Assert.Equal(expected, TextKey.Fold(text));

    [Fact]
    public void Normalize_composes_decomposed_text()
    {
        var decomposed = "Ngày tiếp nhận".Normalize(NormalizationForm.FormD);

        Assert.True(TextKey.Normalize(decomposed).IsNormalized(NormalizationForm.FormC));
        Assert.Equal(TextKey.Normalize("Ngày tiếp nhận"), TextKey.Normalize(decomposed));
    }
}
