namespace Par.Core.Units;

public sealed record UnitImportResult(IReadOnlyList<Unit> Added, IReadOnlyList<Unit> Updated, IReadOnlyList<RejectedRow> Rejected);
