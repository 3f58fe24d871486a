using Par.Core.Tabular;

namespace Par.Core.Tasks;

/// <summary>
/// Columns of a tasks file (the directives of a meeting): <c>lead,coordinators,deadline,content,expected,document,priority</c>,
/// or the headers an office's own list uses for them. The first three are required.
/// </summary>
public static class TaskColumns
{
    public const string Lead = "lead";
    public const string Coordinators = "coordinators";
    public const string Deadline = "deadline";
    public const string Content = "content";
    public const string Expected = "expected";
    public const string Document = "document";
    public const string Priority = "priority";

    public static IReadOnlyList<string> Required { get; } = [Lead, Deadline, Content];

    public static HeaderMatcher Matcher { get; } = new(
    [
        new(Lead, "Đơn vị chủ trì", "Chủ trì"),
        new(Coordinators, "Đơn vị phối hợp", "Phối hợp"),
        new(Deadline, "Thời hạn", "Hạn hoàn thành"),
        new(Content, "Nội dung", "Nội dung nhiệm vụ"),
        new(Expected, "Kết quả dự kiến", "Sản phẩm"),
        new(Document, "Văn bản giao", "Văn bản"),
        new(Priority, "Mức độ", "Độ ưu tiên"),
    ]);
}
