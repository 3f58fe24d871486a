using Microsoft.Extensions.Options;
using Par.Core.Units;

namespace Par.Core.Tests.Units;

public sealed class UnitGroupsTests
{
    private static readonly UnitGroups Defaults = new(Options.Create(new UnitGroupOptions()));

    [Theory]
    [InlineData("commune", "commune")]
    [InlineData("xã", "commune")]
    [InlineData("XÃ", "commune")]
    [InlineData("xa", "commune")]
    [InlineData("Phường", "commune")]
    [InlineData("thi tran", "commune")]
    [InlineData("  Khối   xã ", "commune")]
    [InlineData("khoi-xa", "commune")]
    [InlineData("Xã, phường, đặc khu", "commune")]
    [InlineData("Communes and wards", "commune")]
    [InlineData("Department", "department")]
    [InlineData("sở", "department")]
    [InlineData("So", "department")]
    [InlineData("ban ngành", "department")]
    [InlineData("KHỐI SỞ", "department")]
    public void A_typed_group_is_found_by_code_name_or_alias_whatever_the_case_and_diacritics(string typed, string code)
    {
        Assert.Equal(code, Defaults.Find(typed)?.Code);
    }

    [Theory]
    [InlineData("province")]
    [InlineData("")]
    [InlineData("xã phường")]
    public void Text_that_names_no_group_finds_none(string typed)
    {
        Assert.Null(Defaults.Find(typed));
    }

    [Theory]
    [InlineData("vi", "Xã, phường, đặc khu")]
    [InlineData("en", "Communes and wards")]
    [InlineData("fr", "Communes and wards")]
    public void A_language_without_its_own_name_reads_the_english_one(string language, string expected)
    {
        Assert.Equal(expected, Defaults.Of("commune").Name(Language.Of(language)));
    }

    [Fact]
    public void A_group_without_an_english_name_reads_the_vietnamese_one_in_english()
    {
        var group = new UnitGroup { Code = "district", NameVi = "Quận, huyện" };

        Assert.Equal("Quận, huyện", group.Name(Language.En));
    }

    [Fact]
    public void Configured_groups_replace_the_defaults_and_keep_their_order()
    {
        var groups = new UnitGroups(Options.Create(new UnitGroupOptions
        {
            Groups = [new() { Code = "district", NameVi = "Quận, huyện", Aliases = ["huyện"] }, new() { Code = "commune", NameVi = "Xã" }],
        }));

        Assert.Equal(["district", "commune"], groups.All.Select(g => g.Code));
        Assert.Equal("district", groups.Find("Huyen")?.Code);
        Assert.Null(groups.Find("sở"));
        Assert.Equal((0, 1, 2), (groups.Position("DISTRICT"), groups.Position("commune"), groups.Position("department")));
    }

    [Fact]
    public void A_stored_group_no_longer_configured_is_shown_by_its_code()
    {
        Assert.Equal("district", Defaults.Of("district").Name(Language.Vi));
    }
}
