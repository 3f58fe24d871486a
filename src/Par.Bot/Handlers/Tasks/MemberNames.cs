using System.Globalization;
using Par.Core.Members;

namespace Par.Bot.Handlers.Tasks;

/// <summary>How a task card and its notices name a person: their member name, or their Telegram id when they have none.</summary>
public static class MemberNames
{
    public static string NameOf(this IMemberStore members, long userId) =>
        members.Find(userId)?.Name is { Length: > 0 } name ? name : userId.ToString(CultureInfo.InvariantCulture);
}
