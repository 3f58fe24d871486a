using Par.Core.Periods;
using Par.Core.References;

namespace Par.Core.Storage;

internal sealed class LiteReferenceStore : IReferenceStore
{
    private readonly LiteDB.ILiteCollection<PeriodReferences> _references;

    public LiteReferenceStore(ParDatabase db)
    {
        db.Database.Mapper.Entity<PeriodReferences>().Id(r => r.Period, autoId: false);
        _references = db.Collection<PeriodReferences>(RankingCollections.References);
    }

    public PeriodReferences? Find(Period period) => _references.FindById(period.ToString());

    public void Save(PeriodReferences periodReferences) => _references.Upsert(periodReferences);
}
