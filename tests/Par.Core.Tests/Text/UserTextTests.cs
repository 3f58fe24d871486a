using Par.Core.Text;

namespace Par.Core.Tests.Text;

public sealed class UserTextTests
{
    [Theory]
    [InlineData("Sở Nội vụ", "Sở Nội vụ")]
    [InlineData("  Xã An Bình ", "Xã An Bình")]
    [InlineData("Xã\0 A\a\u001b[31m", "Xã A[31m")]
    [InlineData("Xã A\u202Eniv\u202C", "Xã Aniv")]
    [InlineData("\u2066Sở\u2069 \u2067Tư\u2068 pháp", "Sở Tư pháp")]
    [InlineData("Xã\u200E \u200FB\u061C", "Xã B")]
    [InlineData("\uFEFFSở\u200B\u2060 Y tế", "Sở Y tế")]
    [InlineData("Xã\u007F\u0085\u009B A", "Xã A")]
    [InlineData("Phường 1\nQuận 3\tTP", "Phường 1 Quận 3 TP")]
    [InlineData("Xã A\r\nhuyện B\u2028C", "Xã A huyện B C")]
    [InlineData("👩‍💻 Tổ số hoá", "👩‍💻 Tổ số hoá")]
    [InlineData("\u0007\u202E", "")]
    [InlineData(null, "")]
    public void A_line_loses_control_bidi_and_invisible_characters(string? typed, string expected) =>
        Assert.Equal(expected, UserText.CleanLine(typed));

    [Theory]
    [InlineData("Dòng 1\nDòng 2", "Dòng 1\nDòng 2")]
    [InlineData("Cột\tgiá trị", "Cột\tgiá trị")]
    [InlineData("Dòng 1\r\nDòng 2\rDòng 3\u2029Dòng 4", "Dòng 1\nDòng 2\nDòng 3\nDòng 4")]
    [InlineData("<b>Họp</b>\u0000 lúc \u202E14h\u202C\a\n", "<b>Họp</b> lúc 14h")]
    public void Several_lines_keep_newlines_and_tabs(string typed, string expected) =>
        Assert.Equal(expected, UserText.Clean(typed));

    [Fact]
    public void A_surrogate_without_its_other_half_is_dropped_and_a_pair_kept()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate.
        var typed = string.Concat("a", "\uD800", "b", "\uDC00", "c😀");

        Assert.Equal("abc😀", UserText.CleanLine(typed));
    }
}
