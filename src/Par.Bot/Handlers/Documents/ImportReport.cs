using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;

namespace Par.Bot.Handlers.Documents;

/// <summary>
/// The answer to an imported file: <paramref name="Text"/> shows the summary and the first rejected rows, and every
/// rejected row goes in a sheet when there are more, so a file of 5 000 bad rows is answered in a message and a file.
/// </summary>
public sealed record ImportReport(string Text, IReadOnlyList<RejectedLine> Rejected)
{
    public void ReplyTo(BotContext context)
    {
        context.Reply(Text);
        if (Rejected.Count > ListLimits.RejectedRows)
            context.ReplyWith(RejectedSheet.Build(Rejected, context.T), context.T.RejectedRowsCaption(Rejected.Count));
    }
}
