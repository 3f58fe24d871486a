using Par.Core.Periods;
using Par.Core.References;

namespace Par.Core.Storage;

internal sealed class LiteReferenceStore : IReferenceStore
{
    private readonly LiteDB.ILiteCollection<PeriodReferences> references;

    public LiteReferenceStore(ParDatabase db)
    {
        db.Database.Mapper.Entity<PeriodReferences>().Id(r => r.Period, autoId: false);
        references = db.Collection<PeriodReferences>(RankingCollections.References);
    }

    public PeriodReferences? Find(Period period) => references.FindById(period.ToString());

    public void Save(PeriodReferences periodReferences) => references.Upsert(periodReferences);
}
