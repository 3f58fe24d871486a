using Par.Core.Dossiers;

namespace Par.Core.Tests.Dossiers;

public sealed class DossierStatusParserTests
{
    [Theory]
    [InlineData("processing", DossierStatus.Processing)]
    [InlineData("Đang xử lý", DossierStatus.Processing)]
    [InlineData("ĐANG  XỬ LÝ", DossierStatus.Processing)]
    [InlineData("Dang xu ly", DossierStatus.Processing)]
    [InlineData("đang giải quyết", DossierStatus.Processing)]
    [InlineData("Chờ xử lý", DossierStatus.Processing)]
    [InlineData("done", DossierStatus.Done)]
    [InlineData("Finished", DossierStatus.Done)]
    [InlineData("Đã giải quyết", DossierStatus.Done)]
    [InlineData("Đa\u0303 gia\u0309i quyê\u0301t", DossierStatus.Done)]
    [InlineData("Hoàn thành", DossierStatus.Done)]
    [InlineData("hoan_thanh", DossierStatus.Done)]
    [InlineData("Đã trả kết quả", DossierStatus.Done)]
    [InlineData("returned", DossierStatus.Returned)]
    [InlineData("Trả lại", DossierStatus.Returned)]
    [InlineData("Đã trả lại", DossierStatus.Returned)]
    [InlineData("Từ chối", DossierStatus.Returned)]
    public void Known_statuses_are_read(string text, DossierStatus expected)
    {
        Assert.True(DossierStatusParser.TryParse(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Tạm dừng")]
    [InlineData("trả")]
    [InlineData("done!")]
    public void Unknown_statuses_are_refused(string text) => Assert.False(DossierStatusParser.TryParse(text, out _));
}
