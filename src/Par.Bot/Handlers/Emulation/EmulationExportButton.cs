using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Units;

namespace Par.Bot.Handlers.Emulation;

/// <summary>The table's XLSX for the emulation council, one sheet per group (admins).</summary>
public sealed class EmulationExportButton(EmulationTables tables, UnitGroups groups) : ICallbackHandler
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
        var table = tables.For(period);
        var file = new Attachment { Kind = AttachmentKind.Document, FileName = $"thi-dua-{period}.xlsx", Content = EmulationSheet.Xlsx(table, groups, context.T) };
        context.ReplyWith(file, context.T.EmulationExportCaption(table));
        return Task.CompletedTask;
    }
}
