using Par.Core.Periods;

namespace Par.Core.Portal;

/// <summary>
/// An import of one or more responses for a period: each file's outcome, and the portal units no Par unit links to
/// (those with a code can be created at once, see <see cref="PortalImportService.CreateUnlinked"/>).
/// </summary>
public sealed record PortalImportResult(Period Period, IReadOnlyList<PortalFileOutcome> Files, IReadOnlyList<PortalUnit> Unlinked);
