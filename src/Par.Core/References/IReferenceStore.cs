using Par.Core.Periods;

namespace Par.Core.References;

public interface IReferenceStore
{
    PeriodReferences? Find(Period period);

    void Save(PeriodReferences references);
}
