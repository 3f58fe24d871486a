using Par.Core.Members;

namespace Par.Bot.Texts;

/// <summary>Which commands each role sees in /help and in the Telegram menu, in menu order.</summary>
public static class CommandCatalog
{
    private static readonly string[] Stranger = ["start", "help", "lang", "cancel"];
    private static readonly string[] Deputy = ["rank", "top", "report", "overdue", "done", "tasks", "help", "lang", "cancel"];
    private static readonly string[] Head = ["rank", "top", "report", "overdue", "done", "tasks", "emulation", "invite", "members", "help", "lang", "cancel"];
    private static readonly string[] Admin = ["units", "invite", "members", "rank", "top", "report", "export", "reference", "period", "overdue", "done", "tasks", "emulation", "broadcast", "schedule", "backup", "help", "lang", "cancel"];

    public static IReadOnlyList<string> For(Role role) => role switch
    {
        Role.Admin => Admin,
        Role.Head => Head,
        Role.Deputy => Deputy,
        _ => Stranger,
    };
}
