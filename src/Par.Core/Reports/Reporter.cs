using Par.Core.Members;

namespace Par.Core.Reports;

/// <summary>Who sends a report: an admin may report for any unit, a head or deputy for their own only.</summary>
public sealed record Reporter(long UserId, Role Role, string? UnitCode)
{
    public bool MayReportFor(string unitCode) =>
        Role == Role.Admin || (Role >= Role.Deputy && string.Equals(UnitCode, unitCode, StringComparison.OrdinalIgnoreCase));
}
