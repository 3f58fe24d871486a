using Par.Core.Tabular;

namespace Par.Core.Tasks;

/// <summary>A priority as a file writes it: <c>normal/important/urgent</c> or <c>thường/quan trọng/khẩn</c> (or <c>gấp</c>); blank is normal.</summary>
public static class TaskPriorityParser
{
    public static bool TryParse(string? text, out TaskPriority priority)
    {
        priority = TaskPriority.Normal;
        var folded = TextKey.Fold(text ?? "");
        switch (folded)
        {
            case "" or "normal" or "thuong" or "binh thuong":
                return true;
            case "important" or "quan trong":
                priority = TaskPriority.Important;
                return true;
            case "urgent" or "khan" or "gap" or "hoa toc":
                priority = TaskPriority.Urgent;
                return true;
            default:
                return false;
        }
    }
}
