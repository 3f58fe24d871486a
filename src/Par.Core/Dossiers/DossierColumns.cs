using Par.Core.Tabular;

namespace Par.Core.Dossiers;

/// <summary>
/// Columns of a dossier file and the headers one-stop-shop software exports for them.
/// <c>unit</c> is required only when an admin sends a file covering several units.
/// </summary>
public static class DossierColumns
{
    public const string Code = "code";
    public const string Procedure = "procedure";
    public const string Received = "received";
    public const string Due = "due";
    public const string Status = "status";
    public const string Finished = "finished";
    public const string Unit = "unit";

    public static IReadOnlyList<string> Required { get; } = [Code, Procedure, Received, Due];

    public static HeaderMatcher Matcher { get; } = new(
    [
        new(Code, "Mã hồ sơ", "Ma ho so", "Số hồ sơ"),
        new(Procedure, "Tên thủ tục", "Thủ tục"),
        new(Received, "Ngày tiếp nhận", "Ngày nhận"),
        new(Due, "Ngày hẹn trả", "Ngày hẹn trả kết quả", "Hạn xử lý", "Hạn giải quyết"),
        new(Status, "Trạng thái"),
        new(Finished, "Ngày kết thúc", "Ngày trả kết quả", "Ngày hoàn thành"),
        new(Unit, "Mã đơn vị", "Đơn vị"),
    ]);
}
