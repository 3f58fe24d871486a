using Par.Bot.Handlers.Routing;
using Par.Bot.Telegram;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bot.Handlers.Units;

/// <summary>/units: list, add, archive, merge (admins). Unit files are imported by UnitImporter.</summary>
public sealed class UnitsCommand(UnitService service, IUnitStore units, IMemberStore members, UnitMergeSubcommand merge) : ICommand
{
    public string Name => "units";
    public Permission Permission => Permission.ManageUnits;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = CommandLine.Tokens(context.Args);
        switch (args.Count > 0 ? args[0].ToLowerInvariant() : null)
        {
            case null or "list":
                List(context);
                break;
            case "add" when args.Count >= 4:
                // The group may be typed in several words: /units add XA-A "Xã A" khối xã.
                Add(context, args[1], args[2], string.Join(' ', args.Skip(3)));
                break;
            case "archive" when args.Count == 2:
                Archive(context, args[1]);
                break;
            case "merge":
                merge.Handle(context, args);
                break;
            default:
                context.Reply(context.T.UnitsUsage(service.Groups));
                break;
        }
        return Task.CompletedTask;
    }

    private void List(BotContext context)
    {
        var counts = members.ListAll().Where(m => m.UnitCode is not null).GroupBy(m => m.UnitCode!).ToDictionary(g => g.Key, g => g.Count());
        context.Reply(context.T.UnitsList(units.List(), counts, service.Groups));
    }

    private void Add(BotContext context, string code, string name, string group)
    {
        var (unit, problem) = service.Save(code, name, group);
        context.Reply(problem is { } p
            ? context.T.UnitProblem(p, ValueOf(p, code, name, group), service.Groups)
            : context.T.UnitSaved(unit!, service.Groups.Of(unit!.Group)));
    }

    private void Archive(BotContext context, string code)
    {
        if (service.Archive(code) is { } problem)
            context.Reply(context.T.UnitProblem(problem, code, service.Groups));
        else
            context.Reply(context.T.UnitArchived(units.Find(code)!));
    }

    private static string ValueOf(UnitProblem problem, string code, string name, string group) => problem switch
    {
        UnitProblem.UnknownGroup => group,
        UnitProblem.BadCode => code,
        _ => name,
    };
}
