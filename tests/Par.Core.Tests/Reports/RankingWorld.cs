using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Par.Core.Access;
using Par.Core.Indicators;
using Par.Core.Members;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Storage;
using Par.Core.Units;

namespace Par.Core.Tests.Reports;

/// <summary>
/// Units, members, reports and rankings over a real LiteDB file in a temp folder, wired as the bot wires them.
/// Today is 15 May 2025 in the province; reports are written the way units type them.
/// </summary>
internal sealed class RankingWorld : IDisposable
{
    public static readonly DateOnly Today = new(2025, 5, 15);
    public static readonly Actor Admin = new(9001, Role.Admin, null);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "par-core-tests", Guid.NewGuid().ToString("N"));

    public RankingWorld()
    {
        Directory.CreateDirectory(_directory);
        Open();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 5, 15, 3, 0, 0, TimeSpan.Zero));

    public ParDatabase Db { get; private set; } = null!;

    public IUnitStore Units { get; private set; } = null!;

    public IMemberStore Members { get; private set; } = null!;

    public IReportStore Reports { get; private set; } = null!;

    public IPeriodLockStore Locks { get; private set; } = null!;

    public IReferenceStore ReferenceStore { get; private set; } = null!;

    public UnitService UnitService { get; private set; } = null!;

    public ReportService ReportService { get; private set; } = null!;

    public ReferenceService References { get; private set; } = null!;

    public RankingService Ranking { get; private set; } = null!;

    public UnitMergeService Merges { get; private set; } = null!;

    public static Period P(string text) => Period.TryParse(text, out var period) ? period : throw new ArgumentException(text);

    public static Actor HeadOf(string unit, long userId = 501) => new(userId, Role.Head, unit);

    /// <summary>Adds units written as <c>SNV:department XA-A:commune</c>.</summary>
    public RankingWorld WithUnits(string table)
    {
        foreach (var cell in table.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (code, group) = (cell.Split(':')[0], cell.Split(':')[1]);
            Assert.Null(UnitService.Save(code, $"Đơn vị {code}", group).Problem);
        }

        return this;
    }

    /// <summary>Stores a report as an admin would send it in one line; fails the test if it is refused.</summary>
    public RankingWorld Reported(string unit, string period, string line)
    {
        var outcome = ReportService.SubmitLine(Admin, unit, P(period), line, Today);
        Assert.Empty(outcome.Problems);
        return this;
    }

    /// <summary>Closes the database and opens the same file again, as a restart does.</summary>
    public void Reopen()
    {
        Db.Dispose();
        Open();
    }

    public void Dispose()
    {
        Db.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Open()
    {
        Db = new ParDatabase(Path.Combine(_directory, "par.db"));
        var catalog = IndicatorCatalog.Default;
        var groups = Options.Create(new UnitGroupOptions());
        Units = new CachingUnitStore(new LiteUnitStore(Db), Db);
        Members = new LiteMemberStore(Db);
        Reports = new LiteReportStore(Db);
        Locks = new LitePeriodLockStore(Db);
        ReferenceStore = new LiteReferenceStore(Db);
        UnitService = new UnitService(Units, new UnitGroups(groups));
        var portal = new LitePortalScoreStore(Db, Units);
        ReportService = new ReportService(Reports, Locks, Units, catalog, new OfficialValueRule(portal), Time);
        References = new ReferenceService(ReferenceStore, catalog, Time);
        Ranking = new RankingService(Reports, Units, References, catalog, groups, portal);
        Merges = new UnitMergeService(UnitService, Units, Members, new LiteUnitMergeStore(Db, Units, Members));
    }
}
