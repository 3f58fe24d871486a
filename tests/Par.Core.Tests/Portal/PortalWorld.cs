using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Ranking;
using Par.Core.References;
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
        Ranking = new RankingService(new LiteReportStore(Db), Units, references, ShippedCatalogs.Portal, groups, Scores);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));

    public ParDatabase Db => _database.Db;

    public IUnitStore Units { get; }

    public IPortalScoreStore Scores { get; }

    public LitePeriodLockStore Locks { get; }

    public UnitService UnitService { get; }

    public PortalImportService Import { get; }

    public RankingService Ranking { get; }

    /// <summary>Imports the six files once, creates the units they name, and imports them again, linked.</summary>
    public PortalImportResult ImportLinked()
    {
        Import.Import(October, Samples.All(), Admin);
        Import.CreateUnlinked();
        return Import.Import(October, Samples.All(), Admin);
    }

    public void Dispose() => _database.Dispose();
}
