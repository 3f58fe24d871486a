namespace Par.Core.Units;

public interface IUnitMergeStore
{
    /// <summary>Writes the new unit, the archived units and the moved members in one transaction.</summary>
    void Apply(UnitMerge merge);
}
