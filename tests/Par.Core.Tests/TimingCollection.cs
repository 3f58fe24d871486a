namespace Par.Core.Tests;

/// <summary>Timing tests run alone, after the parallel ones, so other tests do not compete for the CPU.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
