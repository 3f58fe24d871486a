using Par.Bot.Texts;
using Par.Core.Dossiers;

namespace Par.Bot.Tests.Texts;

public sealed class DossierTextsTests
{
    private static readonly DateTime Received = new(2025, 5, 1, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(DossierStatus.Done, "vi", "Hồ sơ <code>HS-1</code> đã giải quyết xong từ trước. Không có gì thay đổi.")]
    [InlineData(DossierStatus.Returned, "vi", "Hồ sơ <code>HS-1</code> đã trả lại từ trước. Không có gì thay đổi.")]
    [InlineData(DossierStatus.Withdrawn, "vi", "Hồ sơ <code>HS-1</code> đã đóng (Công dân rút hồ sơ). Không có gì thay đổi.")]
    [InlineData(DossierStatus.Stopped, "vi", "Hồ sơ <code>HS-1</code> đã đóng (Dừng xử lý). Không có gì thay đổi.")]
    [InlineData(DossierStatus.Done, "en", "Dossier <code>HS-1</code> was already settled. Nothing was changed.")]
    [InlineData(DossierStatus.Returned, "en", "Dossier <code>HS-1</code> was already returned. Nothing was changed.")]
    [InlineData(DossierStatus.Withdrawn, "en", "Dossier <code>HS-1</code> was already withdrawn. Nothing was changed.")]
    [InlineData(DossierStatus.Stopped, "en", "Dossier <code>HS-1</code> was already stopped. Nothing was changed.")]
    public void A_closed_dossier_is_named_by_how_it_closed(DossierStatus status, string language, string expected)
    {
        var dossier = new Dossier("XA-AB", "HS-1", "Đăng ký khai sinh", Received, Received.AddDays(5), status, Received.AddDays(2), Received.AddDays(2));

        Assert.Equal(expected, TextsProvider.For(language).DossierAlreadyClosed(dossier));
    }

    [Theory]
    [InlineData("vi", "Trạng thái hợp lệ (có dấu hoặc không dấu): Mới đăng ký, Được tiếp nhận,")]
    [InlineData("en", "Accepted statuses: processing, awaiting supplement, awaiting payment, withdrawn, stopped, done, returned, or the one-stop-shop labels Mới đăng ký,")]
    public void An_unknown_status_is_answered_with_the_statuses_accepted(string language, string expectedStart)
    {
        var result = new DossierImportResult([], 0, 0, [new RejectedDossierRow(2, DossierRejection.UnknownStatus, DossierColumns.Status, "Tạm hoãn")]);

        var lastLine = TextsProvider.For(language).DossierImportReport(result, new Dictionary<string, string>(), new DateOnly(2025, 5, 20)).Text.Split('\n')[^1];

        Assert.StartsWith(expectedStart, lastLine);
    }
}
