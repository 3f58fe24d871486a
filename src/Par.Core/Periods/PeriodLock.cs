namespace Par.Core.Periods;

/// <summary>A period an admin closed to changes; <see cref="Period"/> is its canonical text (<c>2025-04</c>).</summary>
public sealed record PeriodLock
{
    public required string Period { get; init; }

    public long LockedBy { get; init; }

    public DateTime LockedUtc { get; init; }
}
