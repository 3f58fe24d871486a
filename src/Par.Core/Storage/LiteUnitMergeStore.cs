using Par.Core.Members;
using Par.Core.Units;

namespace Par.Core.Storage;

internal sealed class LiteUnitMergeStore(ParDatabase db, IUnitStore units, IMemberStore members) : IUnitMergeStore
{
    public void Apply(UnitMerge merge)
    {
        db.InTransaction(() =>
        {
            units.Upsert(merge.Merged);
            foreach (var unit in merge.Archived)
            {
                units.Upsert(unit);
            }

            foreach (var member in merge.Moved)
            {
                members.Upsert(member);
            }

            return 0;
        });
    }
}
