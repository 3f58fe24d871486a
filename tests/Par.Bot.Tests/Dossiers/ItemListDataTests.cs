using System.Text;
using Par.Bot.Handlers.Dossiers;

namespace Par.Bot.Tests.Dossiers;

public sealed class ItemListDataTests
{
    private const string LongestUnit = "A234567890123456789012345678901B";

    [Theory]
    [InlineData(ItemListKind.Late, "XA-AB", 1)]
    [InlineData(ItemListKind.Open, LongestUnit, 999)]
    public void A_page_button_reads_back_its_list_unit_and_page(ItemListKind kind, string unit, int page)
    {
        Assert.True(ItemListData.TryParsePage(ItemListData.Page(kind, unit, page)[3..], out var readKind, out var readUnit, out var readPage));
        Assert.Equal((kind, unit, page), (readKind, readUnit, readPage));
    }

    [Theory]
    [InlineData(LongestUnit, "HS-1", false)]
    [InlineData("XA-AB", "000.00.21.H12:250401:0001", false)]
    [InlineData(LongestUnit, "000.00.21.H12:250401:0001", true)]
    [InlineData("XA-AB", "000.00.21.H12-250401-0039-BS-THEO-VB-SO-123-UBND-XA-AN-BINH-MOT", true)]
    public void A_done_button_carries_the_code_or_when_too_long_its_hash_within_64_bytes(string unitCode, string code, bool hashed)
    {
        var data = ItemListData.Done(ItemListKind.Late, unitCode, 999, code);

        Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, ItemListData.MaxBytes);
        Assert.True(ItemListData.TryParseDone(data[3..], out _, out var unit, out var page, out var key));
        Assert.Equal((unitCode, 999, hashed), (unit, page, ItemListData.IsHashed(key)));
        Assert.True(hashed ? ItemListData.IsHashOf(key, code) && !ItemListData.IsHashOf(key, code + "X") : key == code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x:XA-AB:1")]
    [InlineData("l::1")]
    [InlineData("l:XA-AB:-1")]
    [InlineData("l:XA-AB")]
    [InlineData("l:XA-AB:1:")]
    public void Forged_or_broken_done_data_is_refused(string payload) =>
        Assert.False(ItemListData.TryParseDone(payload, out _, out _, out _, out _));
}
