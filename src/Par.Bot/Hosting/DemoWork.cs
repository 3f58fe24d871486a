using System.Globalization;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Members;
using Par.Core.Tabular;
using Par.Core.Tasks;

namespace Par.Bot.Hosting;

/// <summary>
/// What the demo's staffed units have to do, timed from now so it stays true: dossiers late, due soon, open, waiting
/// for the citizen (<c>Chờ bổ sung</c>, past due but paused) and done (imported as an admin's file would be), and tasks
/// from the admin, one already finished.
/// </summary>
public sealed class DemoWork(DossierImportService dossiers, TaskService tasks, ProvinceClock clock)
{
    private static readonly string[] Headers =
        [DossierColumns.Unit, DossierColumns.Code, DossierColumns.Procedure, DossierColumns.Received, DossierColumns.Due, DossierColumns.Status, DossierColumns.Finished];

    /// <summary>The dossiers stored.</summary>
    public int SeedDossiers(Random random)
    {
        var now = clock.UtcNow;
        var rows = new List<TableRow>();
        foreach (var unit in DemoProvince.StaffedUnits)
        {
            var number = 0;
            string[] Row(TimeSpan received, TimeSpan due, string status, TimeSpan? finished = null) =>
            [
                unit, $"HS-{++number:000}", DemoProvince.Procedures[random.Next(DemoProvince.Procedures.Count)],
                Local(now + received), Local(now + due), status, finished is { } at ? Local(now + at) : "",
            ];

            var cells = new List<string[]>();
            for (var i = random.Next(1, 4); i > 0; i--)
                cells.Add(Row(Days(-random.Next(12, 20)), Hours(-random.Next(2, 120)), "Đang xử lý"));
            for (var i = random.Next(1, 3); i > 0; i--)
                cells.Add(Row(Days(-random.Next(5, 10)), Hours(random.Next(2, 20)), "Đang giải quyết"));
            cells.Add(Row(Days(-2), Days(random.Next(4, 12)), "Chờ xử lý"));
            // Past its due date but waiting for the citizen's papers: /overdue counts it apart, never as late.
            cells.Add(Row(Days(-random.Next(8, 14)), Days(-random.Next(1, 4)), "Chờ bổ sung"));
            cells.Add(Row(Days(-1), Days(random.Next(6, 15)), "Mới tiếp nhận"));
            cells.Add(Row(Days(-15), Days(-3), "Đã giải quyết", Days(-4)));
            rows.AddRange(cells.Select(row => new TableRow(rows.Count + 2, row)));
        }

        var scope = DossierImportScope.ForAdmin(DemoProvince.StaffedUnits);
        return dossiers.Import(new Table(Headers, rows), scope, clock.Zone, now).Added;
    }

    /// <summary>One task for each of the first units, due within days; the first unit's head has already finished theirs.</summary>
    public int SeedTasks(IReadOnlyList<DemoMember> members)
    {
        var now = clock.UtcNow.UtcDateTime;
        var assigned = DemoProvince.Tasks.Select((text, i) =>
            tasks.Assign(new TaskDraft { LeadUnit = DemoProvince.StaffedUnits[i * 2 % DemoProvince.StaffedUnits.Count], DueUtc = now.AddHours(10 + (i * 30)), Description = text }, DemoProvince.AdminId, now).Task!).ToList();
        var first = assigned[0];
        var head = members.First(m => m.UnitCode == first.UnitCode && m.Role == Role.Head);
        tasks.Finish(first.Number, new Actor(head.UserId, Role.Head, head.UnitCode), "Đã rà soát, công khai đủ 100% thủ tục", evidence: null, now);
        return assigned.Count;
    }

    private string Local(DateTimeOffset utc) => clock.ToLocal(utc.UtcDateTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static TimeSpan Days(int days) => TimeSpan.FromDays(days);

    private static TimeSpan Hours(int hours) => TimeSpan.FromHours(hours);
}
