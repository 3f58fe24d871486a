using LiteDB;
using Par.Core.Periods;
using Par.Core.Storage;
using Par.Core.Tests.Storage;

namespace Par.Core.Tests.Reminders;

public sealed class ReportedUnitsTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Units_with_a_report_document_for_the_period_have_reported()
    {
        var reports = _temp.Db.Collection<BsonDocument>("reports");
        reports.Insert(new BsonDocument { ["UnitCode"] = "SNV", ["Period"] = "2025-04" });
        reports.Insert(new BsonDocument { ["UnitCode"] = "stp", ["Period"] = "2025-04" });
        reports.Insert(new BsonDocument { ["UnitCode"] = "XA-A", ["Period"] = "2025-03" });

        var reported = new LiteReportedUnits(_temp.Db).UnitsThatReported(Period.ForMonth(2025, 4));

        Assert.Equal(2, reported.Count);
        Assert.Contains("SNV", reported);
        Assert.Contains("STP", reported);
    }

    [Fact]
    public void Nobody_has_reported_when_there_are_no_reports() =>
        Assert.Empty(new LiteReportedUnits(_temp.Db).UnitsThatReported(Period.ForMonth(2025, 4)));
}
