namespace Par.Core.Ranking;

/// <summary>The counts of one term of a composite metric, in the order of the catalogue's parts.</summary>
public readonly record struct PartCount(decimal Numerator, decimal Denominator);
