using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Tabular;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// A tasks file (lead,coordinators,deadline,content,expected,document,priority) from an admin: the directives of a
/// meeting assigned at once, each notified like one assigned by hand, bad rows reported by number.
/// </summary>
public sealed class TaskImporter(TaskImportService service, TaskAssignment assignment, ProvinceClock clock) : IDocumentImporter
{
    public Permission Permission => Permission.AssignTask;

    public bool Recognizes(Table table) => TaskImportService.Recognizes(table);

    public void Import(BotContext context, Table table)
    {
        var result = service.Import(table, context.UserId, clock.Zone, clock.UtcNow.UtcDateTime);
        if (result.IsFileRejected)
        {
            context.Reply(context.T.TaskFileMissingColumns(result.MissingColumns));
            return;
        }
        foreach (var task in result.Assigned)
            assignment.Notify(context, task);
        context.Reply(context.T.TaskImportReport(result));
    }
}
