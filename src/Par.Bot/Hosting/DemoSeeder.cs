using Par.Bot.Handlers.Ranking;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Periods;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Tabular;
using Par.Core.Units;

namespace Par.Bot.Hosting;

/// <summary>
/// <c>dotnet run --project src/Par.Bot -- seed-demo</c>: fills an empty store with a sample province (20 departments,
/// 60 communes), reports for the last three closed months and the last closed quarter, and reference values; then a
/// few units' members, dossiers, tasks and one past broadcast, all timed from now; prints what it made and exits.
/// Reports are deterministic (a seeded <see cref="Random"/>); needs no Telegram token, since nothing of Telegram is built.
/// </summary>
public sealed class DemoSeeder(
    UnitService units,
    IUnitStore unitStore,
    ReportService reports,
    ReferenceService references,
    DemoMembers members,
    DemoWork work,
    DemoBroadcast broadcast,
    ProvinceClock clock)
{
    public const string Command = "seed-demo";

    private const int Seed = 766;

    /// <summary>The seeder writes as the demo's admin, not as a Telegram user.</summary>
    private static readonly Actor Demo = new(DemoProvince.AdminId, Role.Admin, null);

    public static bool IsRequested(string[] args) => args is [Command, ..];

    /// <summary>
    /// seed-demo sends nothing (its host never starts), but the outbox it stores through is built with a Bot API client,
    /// which needs a well-formed token: one stands in when none is configured, so seeding needs no real token.
    /// </summary>
    public static void Offline(IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["Telegram:Token"]))
            builder.Configuration.AddInMemoryCollection([new("Telegram:Token", "0:seed-demo")]);
    }

    /// <summary>Seeds the store of a built (not started) host, prints what it made, disposes the host; the exit code.</summary>
    public static int Run(IHost host, TextWriter output)
    {
        using (host)
        {
            var report = host.Services.GetRequiredService<DemoSeeder>().SeedIfEmpty();
            foreach (var line in report?.Lines() ?? ["Par demo: the store already has units; seed-demo only fills an empty store. Nothing was changed."])
                output.WriteLine(line);
            return report is null ? 1 : 0;
        }
    }

    /// <summary>What was stored, or null (and nothing written) when the store already has units.</summary>
    public DemoReport? SeedIfEmpty()
    {
        if (unitStore.List(includeArchived: true).Count > 0)
        {
            return null;
        }

        var random = new Random(Seed);
        var quality = new Dictionary<string, double>();
        foreach (var (code, name) in DemoProvince.Departments)
        {
            units.Save(code, name, "department");
            quality[code] = 0.72 + (random.NextDouble() * 0.28);
        }

        foreach (var (kind, name) in DemoProvince.Communes)
        {
            var code = CommuneCode(kind, name);
            units.Save(code, $"{kind} {name}", "commune");
            quality[code] = 0.55 + (random.NextDouble() * 0.43);
        }

        var today = clock.Today();
        var lastMonth = Period.LastClosedMonth(today);
        Period[] periods = [lastMonth.Previous().Previous(), lastMonth.Previous(), lastMonth, Period.QuarterOf(today).Previous()];
        var stored = 0;
        foreach (var period in periods)
        {
            var rows = quality.Select((unit, i) => Row(i + 2, unit.Key, period, unit.Value, random)).ToList();
            stored += reports.Import(Demo, rows, today).Saved;
        }

        references.Record(periods[^1], "ONTIME=96,8 ONLINE=47,2 EPAY=52,6 ERESULT=70,81 DIGITIZE=68,24", Demo.UserId);
        var people = members.Seed();
        var dossiers = work.SeedDossiers(random);
        var tasks = work.SeedTasks(people);
        broadcast.Seed();
        var invite = members.NewcomerInvite();
        return new DemoReport(
            DemoProvince.Departments.Count, DemoProvince.Communes.Count, stored, string.Join(", ", periods), dossiers, tasks, people,
            invite, clock.ToLocal(invite.ExpiresUtc));
    }

    /// <summary><c>Xã Tân Phước</c> → <c>XA-TANPHUOC</c>, <c>Đặc khu Phú Quý</c> → <c>DK-PHUQUY</c>.</summary>
    private static string CommuneCode(string kind, string name)
    {
        var prefix = kind switch { "Phường" => "P", "Đặc khu" => "DK", _ => "XA" };
        return $"{prefix}-{TextKey.Fold(name).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}";
    }

    /// <summary>A unit's report: each rate near the indicator's target times the unit's quality, with some noise.</summary>
    private ReportRow Row(int number, string unit, Period period, double quality, Random random)
    {
        var cells = reports.Catalog.Items.Select(indicator =>
        {
            var rate = Math.Clamp((double)indicator.Target * (quality + ((random.NextDouble() - 0.6) * 0.25)), 0, 100);
            if (indicator.Kind != Core.Indicators.IndicatorKind.Ratio)
            {
                return KeyValuePair.Create(indicator.Code, Math.Round(rate, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var total = random.Next(40, 900);
            var good = (int)Math.Round(total * rate / 100);
            return KeyValuePair.Create(indicator.Code, $"{good}/{total}");
        });
        return new ReportRow(number, unit, period.ToString(), [.. cells]);
    }
}
