using System.Text;
using Par.Core.Dossiers;
using Par.Core.Tabular;
using Par.Core.Units;

namespace Par.Core.Tests.Tabular;

public sealed class HeaderMatcherTests
{
    [Theory]
    [InlineData("code", "code")]
    [InlineData("Mã hồ sơ", "code")]
    [InlineData("Ma\u0303 ho\u0302\u0300 so\u031B", "code")]
    [InlineData("MA HO SO", "code")]
    [InlineData("ma_ho_so", "code")]
    [InlineData("  Số   hồ sơ ", "code")]
    [InlineData("Tên thủ tục", "procedure")]
    [InlineData("THỦ TỤC", "procedure")]
    [InlineData("Ngày tiếp nhận", "received")]
    [InlineData("Ngay nhan", "received")]
    [InlineData("Ngày hẹn trả", "due")]
    [InlineData("Hạn xử lý", "due")]
    [InlineData("Trạng thái", "status")]
    [InlineData("Ngày kết thúc", "finished")]
    [InlineData("Ngày trả kết quả", "finished")]
    [InlineData("Ngày hoàn thành", "finished")]
    [InlineData("Đơn vị", "unit")]
    [InlineData("Mã đơn vị", "unit")]
    [InlineData("Ghi chú", null)]
    [InlineData("", null)]
    public void Dossier_headers_map_to_canonical_columns(string header, string? expected) =>
        Assert.Equal(expected, DossierColumns.Matcher.Canonical(header));

    [Theory]
    [InlineData("Mã", "code")]
    [InlineData("mã đơn vị", "code")]
    [InlineData("Tên đơn vị", "name")]
    [InlineData("TEN", "name")]
    [InlineData("Nhóm", "group")]
    [InlineData("Khối", "group")]
    public void Unit_headers_map_to_canonical_columns(string header, string expected) =>
        Assert.Equal(expected, UnitColumns.Matcher.Canonical(header));

    [Fact]
    public void Nfc_and_nfd_headers_match_the_same_column()
    {
        var nfc = "Ngày hẹn trả".Normalize(NormalizationForm.FormC);
        var nfd = "Ngày hẹn trả".Normalize(NormalizationForm.FormD);

        Assert.NotEqual(nfc, nfd);
        Assert.Equal("due", DossierColumns.Matcher.Canonical(nfc));
        Assert.Equal("due", DossierColumns.Matcher.Canonical(nfd));
    }

    [Fact]
    public void Match_finds_columns_and_ignores_unknown_ones()
    {
        var map = DossierColumns.Matcher.Match(["STT", "Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả", "Ghi chú"]);

        Assert.Equal(1, map[DossierColumns.Code]);
        Assert.Equal(4, map[DossierColumns.Due]);
        Assert.Null(map[DossierColumns.Status]);
        Assert.Empty(map.Missing(DossierColumns.Required));
    }

    [Fact]
    public void Match_lists_missing_required_columns_in_order()
    {
        var map = DossierColumns.Matcher.Match(["Mã hồ sơ", "Ngày hẹn trả"]);

        Assert.Equal(["procedure", "received"], map.Missing(DossierColumns.Required));
    }

    [Fact]
    public void Earlier_alias_wins_when_two_headers_name_one_column()
    {
        var map = DossierColumns.Matcher.Match(["Đơn vị", "Mã đơn vị"]);

        Assert.Equal(1, map[DossierColumns.Unit]);
    }

    [Fact]
    public void Leftmost_header_wins_between_equal_aliases()
    {
        var map = DossierColumns.Matcher.Match(["Ngày kết thúc", "Ngay ket thuc"]);

        Assert.Equal(0, map[DossierColumns.Finished]);
    }

    [Fact]
    public void An_alias_meaning_two_columns_is_refused() =>
        Assert.Throws<ArgumentException>(() => new HeaderMatcher([new("a", "Mã"), new("b", "MA")]));
}
