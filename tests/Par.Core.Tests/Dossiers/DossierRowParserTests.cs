using System.Text;
using Par.Core.Dossiers;
using Par.Core.Tabular;
using Par.Core.Tests.Tabular;

namespace Par.Core.Tests.Dossiers;

public sealed class DossierRowParserTests
{
    private const string Header = "Mã hồ sơ;Tên thủ tục;Ngày tiếp nhận;Ngày hẹn trả;Trạng thái;Ngày kết thúc\n";
    private static readonly DateTimeOffset Now = new(2025, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DossierImportScope Head = DossierImportScope.ForUnit("SNV");

    [Fact]
    public void A_good_file_becomes_dossiers_of_the_senders_unit()
    {
        var plan = Parse(Header
            + "HS-001;Cấp giấy phép xây dựng;20/05/2025 08:30;27/05/2025;Đang xử lý;\n"
            + "hs-002;Đăng ký kinh doanh;2025-05-01T10:00:00+07:00;2025-05-10 17:00;Đã giải quyết;09/05/2025 16:00\n"
            + "HS-003;Cấp bản sao;2025-05-02;2025-05-03;Trả lại;2025-05-02\n");

        Assert.False(plan.IsFileRejected);
        Assert.Empty(plan.Rejected);
        Assert.Equal(
            [
                new Dossier("SNV", "HS-001", "Cấp giấy phép xây dựng", Zones.Utc(2025, 5, 20, 1, 30), Zones.Utc(2025, 5, 27, 16, 59, 59), DossierStatus.Processing, null, Now.UtcDateTime),
                new Dossier("SNV", "HS-002", "Đăng ký kinh doanh", Zones.Utc(2025, 5, 1, 3), Zones.Utc(2025, 5, 10, 10), DossierStatus.Done, Zones.Utc(2025, 5, 9, 9), Now.UtcDateTime),
                new Dossier("SNV", "HS-003", "Cấp bản sao", Zones.Utc(2025, 5, 1, 17), Zones.Utc(2025, 5, 3, 16, 59, 59), DossierStatus.Returned, Zones.Utc(2025, 5, 2, 16, 59, 59), Now.UtcDateTime),
            ],
            plan.Dossiers);
    }

    [Fact]
    public void Codes_and_procedure_names_lose_control_and_bidi_characters()
    {
        // With a byte-order mark the reader takes the file as text whatever control characters it holds.
        var plan = Parse("\uFEFFcode,procedure,received,due\nHS-\u202E1\u0007,\"Cấp\u001b[5m\u0085 phép\u2066\",2025-05-01,2025-05-05\n");

        var dossier = Assert.Single(plan.Dossiers);
        // One string at a time: xUnit compares tuples and collections of strings by culture, which ignores controls.
        Assert.Equal("HS-1", dossier.Code);
        Assert.Equal("Cấp[5m phép", dossier.Procedure);
    }

    [Fact]
    public void Status_and_finished_columns_are_optional()
    {
        var plan = Parse("code,procedure,received,due\nHS-1,p,2025-05-01,2025-05-05\n");

        Assert.Equal(DossierStatus.Processing, Assert.Single(plan.Dossiers).Status);
    }

    [Theory]
    [InlineData("", "", DossierStatus.Processing)]
    [InlineData("", "2025-05-04", DossierStatus.Done)]
    [InlineData("Hoàn thành", "", DossierStatus.Done)]
    [InlineData("Cho bo sung", "", DossierStatus.AwaitingSupplement)]
    [InlineData("Công dân yêu cầu rút hồ sơ", "", DossierStatus.Withdrawn)]
    public void A_blank_status_is_processing_unless_a_finished_time_says_done(string status, string finished, DossierStatus expected)
    {
        var plan = Parse(Header + $"HS-1;p;2025-05-01;2025-05-05;{status};{finished}\n");

        Assert.Equal(expected, Assert.Single(plan.Dossiers).Status);
    }

    [Fact]
    public void Missing_required_columns_reject_the_whole_file()
    {
        var plan = Parse("Mã hồ sơ;Ngày hẹn trả;Trạng thái\nHS-1;2025-05-05;done\n");

        Assert.True(plan.IsFileRejected);
        Assert.Equal(["procedure", "received"], plan.MissingColumns);
        Assert.Empty(plan.Dossiers);
    }

    [Fact]
    public void An_admins_file_needs_a_unit_column() =>
        Assert.Equal(["unit"], Parse(Header + "HS-1;p;2025-05-01;2025-05-05;;\n", DossierImportScope.ForAdmin(["SNV"])).MissingColumns);

    public static TheoryData<string, RejectedDossierRow> BadRows => new()
    {
        { ";p;2025-05-01;2025-05-05;;", new(3, DossierRejection.MissingValue, "code") },
        { "HS-1;;2025-05-01;2025-05-05;;", new(3, DossierRejection.MissingValue, "procedure") },
        { "HS-1;p;;2025-05-05;;", new(3, DossierRejection.MissingValue, "received") },
        { "HS-1;p;2025-05-01;;;", new(3, DossierRejection.MissingValue, "due") },
        { "HS-1;p;hôm qua;2025-05-05;;", new(3, DossierRejection.BadDate, "received", "hôm qua") },
        { "HS-1;p;2025-05-01;05/20/2025;;", new(3, DossierRejection.BadDate, "due", "05/20/2025") },
        { "HS-1;p;2025-05-01;2025-05-05;done;sáng nay", new(3, DossierRejection.BadDate, "finished", "sáng nay") },
        { "HS-1;p;2025-05-05 10:00;2025-05-05 09:00;;", new(3, DossierRejection.DueBeforeReceived, "due", "2025-05-05 09:00") },
        { "HS-1;p;2025-05-05 10:00;2025-05-06;done;2025-05-04", new(3, DossierRejection.FinishedBeforeReceived, "finished", "2025-05-04") },
        { "HS-1;p;2025-05-01;2025-05-05;Đang xử lý;2025-05-04", new(3, DossierRejection.FinishedWhileProcessing, "finished", "2025-05-04") },
        { "HS-1;p;2025-05-01;2025-05-05;Chờ bổ sung;2025-05-04", new(3, DossierRejection.FinishedWhileProcessing, "finished", "2025-05-04") },
        { "HS-1;p;2025-05-01;2025-05-05;Tạm dừng;", new(3, DossierRejection.UnknownStatus, "status", "Tạm dừng") },
        { $"{new string('X', 65)};p;2025-05-01;2025-05-05;;", new(3, DossierRejection.TooLong, "code", new string('X', 65), MaxLength: 64) },
        { $"HS-1;{new string('p', 501)};2025-05-01;2025-05-05;;", new(3, DossierRejection.TooLong, "procedure", new string('p', 501), MaxLength: 500) },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_bad_row_is_rejected_with_its_row_number_and_reason(string row, RejectedDossierRow expected)
    {
        var plan = Parse(Header + "HS-0;ok;2025-05-01;2025-05-05;;\n" + row + "\n");

        Assert.Equal("HS-0", Assert.Single(plan.Dossiers).Code);
        Assert.Equal(expected, Assert.Single(plan.Rejected));
    }

    [Fact]
    public void Row_numbers_count_blank_lines_and_the_header()
    {
        var plan = Parse(Header + "\n\nHS-1;p;x;2025-05-05;;\n");

        Assert.Equal(4, Assert.Single(plan.Rejected).Row);
    }

    [Fact]
    public void Later_duplicates_of_a_code_are_rejected_whatever_their_case()
    {
        var plan = Parse(Header + "HS-1;first;2025-05-01;2025-05-05;;\nHS-2;p;2025-05-01;2025-05-05;;\nhs-1;second;2025-05-01;2025-05-05;;\n");

        Assert.Equal(["first", "p"], plan.Dossiers.Select(dossier => dossier.Procedure));
        Assert.Equal(new RejectedDossierRow(4, DossierRejection.DuplicateCodeInFile, "code", "hs-1", FirstRow: 2), Assert.Single(plan.Rejected));
    }

    [Fact]
    public void An_admins_file_places_each_row_in_its_known_unit()
    {
        var admin = DossierImportScope.ForAdmin(["SNV", "XA-SONGCAU"]);

        var plan = Parse(
            "Đơn vị,Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận,Ngày hẹn trả\n"
            + "snv,HS-1,p,2025-05-01,2025-05-05\n"
            + "XA-SONGCAU,HS-1,p,2025-05-01,2025-05-05\n"
            + "STP,HS-2,p,2025-05-01,2025-05-05\n"
            + ",HS-3,p,2025-05-01,2025-05-05\n",
            admin);

        Assert.Equal(["SNV:HS-1", "XA-SONGCAU:HS-1"], plan.Dossiers.Select(dossier => dossier.Id));
        Assert.Equal(
            [new RejectedDossierRow(4, DossierRejection.UnknownUnit, "unit", "STP"), new RejectedDossierRow(5, DossierRejection.MissingValue, "unit")],
            plan.Rejected);
    }

    [Fact]
    public void A_heads_file_ignores_its_unit_column()
    {
        var plan = Parse("Đơn vị,Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận,Ngày hẹn trả\nSở Tư pháp,HS-1,p,2025-05-01,2025-05-05\n");

        Assert.Equal("SNV", Assert.Single(plan.Dossiers).UnitCode);
    }

    [Fact]
    public void Fifty_thousand_rows_are_parsed()
    {
        var csv = new StringBuilder(Header);
        for (var i = 0; i < 50_000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"HS-{i:D6};\"Cấp giấy phép; xây dựng\";20/05/2025 08:30;27/05/2025 17:00;Đang xử lý;\n");
        }

        var plan = Parse(csv.ToString());

        Assert.Equal(50_000, plan.Dossiers.Count);
        Assert.Empty(plan.Rejected);
    }

    private static DossierImportPlan Parse(string csv, DossierImportScope? scope = null) =>
        DossierRowParser.Parse(TableFiles.ReadCsvTable(csv), scope ?? Head, Zones.Vietnam, Now);
}
