using Par.Bot.Handlers.Tasks;
using Par.Core.Tasks;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    public string TasksUsage =>
        "Nhiệm vụ:\n" +
        "<code>/tasks</code> — danh sách\n" +
        "<code>/tasks new MÃ_ĐƠN_VỊ 2025-05-20 Nội dung</code> — giao nhiệm vụ (hạn cũng có thể viết 20/05/2025 17:00)\n" +
        "<code>/tasks new</code> — giao nhiệm vụ theo từng bước\n" +
        "<code>/done T-12 kết quả</code> — báo cáo hoàn thành";

    public string UnitTasks(string unitName, IReadOnlyList<TaskView> open, int finished)
    {
        if (open.Count == 0)
            return $"{Bold(unitName)} không có nhiệm vụ nào đang mở. Đã hoàn thành: {finished}.";
        var lines = new List<string> { $"<b>Nhiệm vụ của {E(unitName)}</b>" };
        lines.AddRange(open.Take(ListLimits.Tasks).Select(t => $"• {Code(t.Task.Code)} {E(t.Task.Description)} — {Deadline(t)}"));
        if (open.Count > ListLimits.Tasks)
            lines.Add($"… và {open.Count - ListLimits.Tasks} nhiệm vụ khác.");
        lines.Add($"Đã hoàn thành: {finished}.");
        lines.Add("Báo cáo hoàn thành: bấm nút bên dưới hoặc gõ <code>/done T-… kết quả</code>.");
        return string.Join('\n', lines);
    }

    public string TasksOverview(IReadOnlyList<UnitTaskCounts> units, IReadOnlyList<TaskView> open)
    {
        if (units.Count == 0)
            return "Chưa có nhiệm vụ nào. Giao nhiệm vụ: <code>/tasks new MÃ_ĐƠN_VỊ 2025-05-20 Nội dung</code> hoặc bấm nút bên dưới.";
        var lines = new List<string> { "<b>Nhiệm vụ theo đơn vị</b> (đang mở / trễ hạn / đã xong)" };
        lines.AddRange(units.Select(u => $"• {Code(u.UnitCode)} {E(u.UnitName)}: {u.Open} / {u.Late} / {u.Finished}"));
        if (open.Count > 0)
            lines.Add("\n<b>Đang mở:</b>");
        lines.AddRange(open.Take(ListLimits.Tasks).Select(t => $"• {Code(t.Task.Code)} {Code(t.Task.UnitCode)} {E(t.Task.Description)} — {Deadline(t)}"));
        if (open.Count > ListLimits.Tasks)
            lines.Add($"… và {open.Count - ListLimits.Tasks} nhiệm vụ khác.");
        return string.Join('\n', lines);
    }

    public string TaskDoneButton(UnitTask task) => $"✅ Xong {task.Code}";
    public string NewTaskButton => "➕ Giao nhiệm vụ";

    public string TaskGroupName(string group) => group switch
    {
        "department" => "Sở, ban, ngành",
        "commune" => "Xã, phường, đặc khu",
        "district" => "Quận, huyện",
        _ => group,
    };

    public string TaskPickGroup => "Giao nhiệm vụ — bước 1/4: chọn khối đơn vị.";
    public string TaskPickUnit(string group, int page, int pages) =>
        $"Giao nhiệm vụ — bước 1/4: chọn đơn vị ({E(TaskGroupName(group))}{(pages > 1 ? $", trang {page}/{pages}" : "")}).";
    public string TaskPreviousPage => "◀ Trước";
    public string TaskNextPage => "Sau ▶";

    public string TaskAskDeadline(string unitName) =>
        $"Bước 2/4: nhập hạn hoàn thành cho {Bold(unitName)}, ví dụ <code>2025-05-20</code> hoặc <code>20/05/2025 17:00</code>. Gõ /cancel để hủy.";
    public string TaskBadDeadline(string text) =>
        $"“{E(text)}” không phải thời hạn hợp lệ. Nhập lại, ví dụ <code>2025-05-20</code> hoặc <code>20/05/2025 17:00</code>.";
    public string TaskAskDescription(string unitName, DateTimeOffset dueLocal) =>
        $"Bước 3/4: nhập nội dung nhiệm vụ cho {Bold(unitName)} (hạn {When(dueLocal)}), tối đa {TaskService.MaxDescriptionLength} ký tự.";
    public string TaskConfirm(string unitName, DateTimeOffset dueLocal, string description) =>
        $"Bước 4/4: xác nhận giao nhiệm vụ\nĐơn vị: {Bold(unitName)}\nHạn: {When(dueLocal)}\nNội dung: {E(description)}";
    public string TaskConfirmButton => "✅ Giao nhiệm vụ";
    public string TaskCancelButton => "✖ Hủy";

    public string TaskAssigned(UnitTask task, string unitName, DateTimeOffset dueLocal, int notified) =>
        $"✅ Đã giao nhiệm vụ {Code(task.Code)} cho {Bold(unitName)}, hạn {When(dueLocal)}." + (notified > 0
            ? $" Đã thông báo cho {notified} thành viên của đơn vị."
            : $" Đơn vị chưa có thành viên nào dùng Par; hãy mời lãnh đạo đơn vị bằng <code>/invite {E(task.UnitCode)}</code>.");

    public string TaskAssignedNotice(UnitTask task, DateTimeOffset dueLocal) =>
        $"📌 <b>Nhiệm vụ mới {E(task.Code)}</b>\n{E(task.Description)}\nHạn: {When(dueLocal)}\n" +
        $"Khi hoàn thành, bấm nút bên dưới hoặc gõ <code>/done {E(task.Code)} kết quả</code>.";

    public string TaskProblem(TaskProblem problem, string code) => problem switch
    {
        Core.Tasks.TaskProblem.UnknownUnit => $"Không có đơn vị {Code(code)} (hoặc đơn vị đã ngừng hoạt động). Gõ /units để xem danh sách. Không có gì thay đổi.",
        Core.Tasks.TaskProblem.DeadlineInPast => "Thời hạn đã qua; hãy nhập một thời điểm trong tương lai. Không có gì thay đổi.",
        Core.Tasks.TaskProblem.MissingDescription => "Thiếu nội dung nhiệm vụ. Không có gì thay đổi.",
        Core.Tasks.TaskProblem.DescriptionTooLong => $"Nội dung quá dài (tối đa {TaskService.MaxDescriptionLength} ký tự). Không có gì thay đổi.",
        Core.Tasks.TaskProblem.NotFound => $"Không có nhiệm vụ {Code(code)}. Gõ /tasks để xem danh sách.",
        Core.Tasks.TaskProblem.OtherUnit => $"Nhiệm vụ {Code(code)} không phải của đơn vị bạn. Không có gì thay đổi.",
        Core.Tasks.TaskProblem.AlreadyFinished => $"Nhiệm vụ {Code(code)} đã hoàn thành từ trước. Không có gì thay đổi.",
        Core.Tasks.TaskProblem.MissingResult => $"Hãy ghi kết quả ngắn gọn, ví dụ <code>/done {E(code)} Đã rà soát xong</code>.",
        Core.Tasks.TaskProblem.ResultTooLong => $"Kết quả quá dài (tối đa {TaskService.MaxResultLength} ký tự). Không có gì thay đổi.",
        _ => Apology,
    };

    public string TaskAskResult(UnitTask task) =>
        $"Nhập kết quả ngắn gọn của nhiệm vụ {Code(task.Code)} ({E(task.Description)}), ví dụ “Đã rà soát xong”. Gõ /cancel để hủy.";
    public string TaskFinished(UnitTask task) => $"✅ Đã ghi nhận hoàn thành nhiệm vụ {Code(task.Code)}: {E(task.Result)}.";
    public string TaskFinishedNotice(UnitTask task, string unitName) =>
        $"✅ {Bold(unitName)} đã hoàn thành nhiệm vụ {Code(task.Code)} ({E(task.Description)}).\nKết quả: {E(task.Result)}";

    private static string Deadline(TaskView task) => $"hạn {When(task.DueLocal)} ({Lateness(task.UntilDue)})";
}
