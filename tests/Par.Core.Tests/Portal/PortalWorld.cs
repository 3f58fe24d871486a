using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Ranking;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Storage;
using Par.Core.Tests.Storage;
using Par.Core.Units;

namespace Par.Core.Tests.Portal;

/// <summary>The portal import and rankings on the shipped catalogue over a real LiteDB file, wired as the bot wires them.</summary>
internal sealed class PortalWorld : IDisposable
{
    public const long Admin = 9001;
    public static readonly Period October = Period.ForMonth(2026, 10);

    private readonly TempDatabase _database = new();

    public PortalWorld()
    {
        var groups = Options.Create(new UnitGroupOptions());
        Units = new CachingUnitStore(new LiteUnitStore(Db), Db);
        Scores = new LitePortalScoreStore(Db, Units);
        Locks = new LitePeriodLockStore(Db);
        UnitService = new UnitService(Units, new UnitGroups(groups));
        Import = new PortalImportService(Scores, Units, Locks, ShippedCatalogs.Portal, UnitService, Options.Create(new PortalOptions()), Time);
        var references = new ReferenceService(new LiteReferenceStore(Db), ShippedCatalogs.Portal, Time);
        ReportStore = new LiteReportStore(Db);
        Reports = new ReportService(ReportStore, Locks, Units, ShippedCatalogs.Portal, new OfficialValueRule(Scores), Time);
        Ranking = new RankingService(ReportStore, Units, references, ShippedCatalogs.Portal, groups, Scores);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));

    public ParDatabase Db => _database.Db;

    public IUnitStore Units { get; }

    public IPortalScoreStore Scores { get; }

    public LitePeriodLockStore Locks { get; }

    public UnitService UnitService { get; }

    public PortalImportService Import { get; }

    public IReportStore ReportStore { get; }

    public ReportService Reports { get; }

    public RankingService Ranking { get; }

    /// <summary>Imports the six files once, creates the units they name, and imports them (or only <paramref name="endpoints"/>) again, linked.</summary>
    public PortalImportResult ImportLinked(IEnumerable<string>? endpoints = null)
    {
        Import.Import(October, Samples.All(), Admin);
        Import.CreateUnlinked();
        return Import.Import(October, [.. (endpoints ?? Samples.Endpoints).Select(endpoint => Samples.Source(endpoint))], Admin);
    }

    public void Dispose() => _database.Dispose();
}
