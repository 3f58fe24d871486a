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
    [InlineData("Mới đăng ký", DossierStatus.Processing)]
    [InlineData("Được tiếp nhận", DossierStatus.Processing)]
    [InlineData("Không được tiếp nhận", DossierStatus.Returned)]
    [InlineData("Yêu cầu bổ sung giấy tờ", DossierStatus.AwaitingSupplement)]
    [InlineData("Chờ bổ sung", DossierStatus.AwaitingSupplement)]
    [InlineData("Cho bo sung", DossierStatus.AwaitingSupplement)]
    [InlineData("  CHỜ   BỔ SUNG ", DossierStatus.AwaitingSupplement)]
    [InlineData("Yêu cầu thực hiện nghĩa vụ tài chính", DossierStatus.AwaitingPayment)]
    [InlineData("yeu cau thuc hien nghia vu tai chinh", DossierStatus.AwaitingPayment)]
    [InlineData("Công dân yêu cầu rút hồ sơ", DossierStatus.Withdrawn)]
    [InlineData("Dừng xử lý", DossierStatus.Stopped)]
    [InlineData("dung xu ly", DossierStatus.Stopped)]
    [InlineData("Đã xử lý xong", DossierStatus.Done)]
    [InlineData("awaiting-supplement", DossierStatus.AwaitingSupplement)]
    [InlineData("Awaiting payment", DossierStatus.AwaitingPayment)]
    [InlineData("WITHDRAWN", DossierStatus.Withdrawn)]
    [InlineData("stopped", DossierStatus.Stopped)]
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

    [Fact]
    public void Every_national_label_and_english_name_is_read()
    {
        Assert.All(DossierStatusParser.NationalLabels, label => Assert.True(DossierStatusParser.TryParse(label, out _), label));
        Assert.Equal(
            Enum.GetValues<DossierStatus>().Order(),
            DossierStatusParser.EnglishNames.Select(name => DossierStatusParser.TryParse(name, out var status) ? status : (DossierStatus)(-1)).Order());
    }
}
