namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    public string InviteSheetEmpty => "Mọi đơn vị đang hoạt động đều đã có lãnh đạo tham gia; không tạo mã mời nào.";
    public string InviteSheetCaption(int count) => $"Đã tạo {count} mã mời lãnh đạo cho các đơn vị chưa có lãnh đạo tham gia. Mỗi mã dùng một lần.";
}
