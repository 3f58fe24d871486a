using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Core.Members;
using Par.Core.Periods;
using Par.Core.Work;

namespace Par.Bot.Work;

/// <summary>The two ends of queued work: the item an asker's request becomes, and the asker again when it runs.</summary>
public sealed class WorkContexts(IMemberStore members, IWorkStore work)
{
    /// <summary>The item of <paramref name="kind"/> asked for in <paramref name="context"/>; the caller adds what the kind needs.</summary>
    public static WorkItem Item(BotContext context, WorkKind kind, params string[] arguments) => new()
    {
        Kind = kind,
        UpdateId = context.UpdateId,
        ChatId = context.ChatId,
        UserId = context.UserId,
        Role = context.Role,
        Language = context.T.Language.Code,
        Arguments = arguments,
    };

    /// <summary>
    /// Runs work that only reads (an export, a chart): counts the run, lets <paramref name="answer"/> reply to the asker
    /// on a thread of its own and outside any transaction, then stores the replies with the item's end.
    /// </summary>
    public async Task AnswerAsync(WorkItem item, Action<BotContext> answer)
    {
        work.Begin(item.Id);
        var context = Of(item);
        await WorkThread.Run(() => answer(context));
        work.Complete(item.Id, () => context.Replies);
    }

    /// <summary>The period stored as the item's argument <paramref name="index"/>.</summary>
    public static Period PeriodOf(WorkItem item, int index = 0) =>
        Period.TryParse(item.Arguments.ElementAtOrDefault(index), out var period)
            ? period
            : throw new InvalidOperationException($"{item.Kind} {item.Id} names no period.");

    /// <summary>The asker as they were when they asked (role, language); their membership as it is now. Replies go to their chat.</summary>
    public BotContext Of(WorkItem item)
    {
        var member = members.Find(item.UserId);
        return new BotContext
        {
            UpdateId = item.UpdateId,
            UserId = item.UserId,
            ChatId = item.ChatId,
            UserName = member?.Name ?? "",
            Role = item.Role,
            Member = member,
            T = TextsProvider.For(item.Language),
        };
    }
}
