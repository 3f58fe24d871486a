using Par.Core.Dossiers;
using Par.Core.Storage;
using Par.Core.Tests.Storage;
using Par.Core.Tests.Tabular;

namespace Par.Core.Tests.Dossiers;

public sealed class DossierImportServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly TempDatabase _temp = new();
    private readonly LiteDossierStore _store;
    private readonly DossierImportService _service;

    public DossierImportServiceTests()
    {
        _store = new LiteDossierStore(_temp.Db);
        _service = new DossierImportService(_store);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Good_rows_are_stored_and_bad_rows_are_reported_and_store_nothing()
    {
        var table = TableFiles.ReadCsvTable(
            "code,procedure,received,due,status\n" +
            "HS-1,Cấp phép,2025-05-01,2025-05-10,processing\n" +
            "HS-2,Cấp phép,2025-05-01,32/13/2025,processing\n" +
            "HS-3,Cấp phép,2025-05-10,2025-05-01,processing\n" +
            "HS-4,Cấp phép,2025-05-01,2025-05-10,lost\n");

        var result = _service.Import(table, DossierImportScope.ForUnit("SNV"), Zones.Vietnam, Now);

        Assert.Equal((1, 0), (result.Added, result.Updated));
        Assert.Equal(
            [(3, DossierRejection.BadDate), (4, DossierRejection.DueBeforeReceived), (5, DossierRejection.UnknownStatus)],
            result.Rejected.Select(r => (r.Row, r.Reason)));
        Assert.NotNull(_store.Find("SNV", "HS-1"));
        Assert.All(["HS-2", "HS-3", "HS-4"], code => Assert.Null(_store.Find("SNV", code)));
    }

    [Fact]
    public void Importing_the_same_file_again_updates_instead_of_adding()
    {
        var table = TableFiles.ReadCsvTable("code,procedure,received,due\nHS-1,p,2025-05-01,2025-05-10\nHS-2,p,2025-05-01,2025-05-10\n");

        _service.Import(table, DossierImportScope.ForUnit("SNV"), Zones.Vietnam, Now);
        var again = _service.Import(table, DossierImportScope.ForUnit("SNV"), Zones.Vietnam, Now);

        Assert.Equal((0, 2), (again.Added, again.Updated));
    }

    [Fact]
    public void A_file_missing_required_columns_stores_nothing()
    {
        var table = TableFiles.ReadCsvTable("code,procedure,due\nHS-1,p,2025-05-10\n");

        var result = _service.Import(table, DossierImportScope.ForUnit("SNV"), Zones.Vietnam, Now);

        Assert.True(result.IsFileRejected);
        Assert.Equal(["received"], result.MissingColumns);
        Assert.Null(_store.Find("SNV", "HS-1"));
    }

    [Theory]
    [InlineData("code,procedure,received,due,status,finished", true)]
    [InlineData("Mã hồ sơ;Ngày hẹn trả", true)]
    [InlineData("Mã hồ sơ;Ghi chú", false)]
    [InlineData("code,name,group", false)]
    [InlineData("unit,period,ONTIME", false)]
    public void Dossier_files_are_recognised_by_their_headers(string header, bool expected)
    {
        var table = TableFiles.ReadCsvTable(header + "\n" + string.Join(header.Contains(';') ? ";" : ",", header.Split(',', ';').Select(_ => "x")) + "\n");

        Assert.Equal(expected, DossierImportService.Recognizes(table));
    }
}
