using Par.Bot.Handlers.Routing;
using Par.Bot.Work;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Work;

namespace Par.Bot.Handlers.Emulation;

/// <summary>The table's XLSX for the emulation council (admins): acknowledged at once, built by <see cref="EmulationExportWork"/>.</summary>
public sealed class EmulationExportButton(IWorkStore work, WorkRunner runner) : ICallbackHandler
{
    public const string Prefix = "em";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.Export;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(payload, out var period))
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }
        work.Queue(EmulationExportWork.Item(context, period), new OutgoingMessage { ChatId = context.ChatId, Text = context.T.EmulationExportQueued(period) });
        runner.Wake();
        return Task.CompletedTask;
    }
}
