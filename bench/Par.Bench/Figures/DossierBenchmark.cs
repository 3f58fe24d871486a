using System.Diagnostics;
using System.Text;
using Par.Bot.Tests.Fakes;
using Par.Core.Dossiers;
using Par.Core.Tabular;

namespace Par.Bench.Figures;

/// <summary>
/// Late-item selection for every unit among 1 000 000 stored dossiers, importing a 50 000-row file, and the bot
/// process's resident memory after it answered an admin's /overdue over those 1 000 000 dossiers.
/// </summary>
public sealed class DossierBenchmark : IBenchmark
{
    private const int Stored = 1_000_000;
    private const int ImportRows = 50_000;

    public string Name => "dossiers";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var directory = Directory.CreateTempSubdirectory("par-bench-dossiers-");
        try
        {
            var path = Path.Combine(directory.FullName, "par.db");
            var fill = Fill(path);
            var selections = new List<double>();
            var imports = new List<double>();
            var late = 0;
            var fileNote = "";
            using (var store = new CoreStore(path))
            {
                for (var run = 0; run < runs; run++)
                {
                    var clock = Stopwatch.StartNew();
                    late = store.Get<LateItemsService>().ForAllUnits(DossierFactory.Now, LateRules.Default).Sum(u => u.Items.Count);
                    selections.Add(clock.Elapsed.TotalMilliseconds);
                }
                var csv = ImportFile();
                fileNote = $"{csv.Length / 1024.0 / 1024:0.0} MB CSV, read and stored";
                var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
                for (var run = 0; run < runs; run++)
                {
                    var clock = Stopwatch.StartNew();
                    var table = TableReader.Read(new MemoryStream(csv), "dossiers.csv", new TableReadLimits(64 * 1024 * 1024)).Table!;
                    var result = store.Get<DossierImportService>().Import(table, DossierImportScope.ForUnit($"IMPORT{run}"), zone, DossierFactory.Now);
                    imports.Add(clock.Elapsed.TotalMilliseconds);
                    if (result.Rejected.Count > 0)
                        throw new InvalidOperationException($"{result.Rejected.Count} rows rejected");
                }
            }
            var memory = await MemoryAfterOverdueAsync(path);
            var selection = Stats.Median(selections);
            var import = Stats.Median(imports);
            return
            [
                new Figure("late items among 1 000 000 dossiers, all units", selection, "ms", "< 2000 ms", selection < 2000, $"{late} late of {Stored}; store filled in {fill:0} s"),
                new Figure("import 50 000 dossier rows (CSV)", import, "ms", "< 5000 ms", import < 5000, fileNote),
                new Figure("resident memory after /overdue over 1 000 000 dossiers", memory, "MB", "—", true, "bot process, admin's all-units summary"),
            ];
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static double Fill(string path)
    {
        var clock = Stopwatch.StartNew();
        using var store = new CoreStore(path);
        var dossiers = store.Get<IDossierStore>();
        foreach (var batch in DossierFactory.Year(Stored).Chunk(50_000))
            dossiers.Upsert(batch);
        return clock.Elapsed.TotalSeconds;
    }

    private static byte[] ImportFile()
    {
        var csv = new StringBuilder("Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Ngày kết thúc\n");
        foreach (var d in DossierFactory.Year(ImportRows, seed: 7))
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{d.Code},\"{d.Procedure}\",{d.ReceivedUtc:dd/MM/yyyy HH:mm},{d.DueUtc:dd/MM/yyyy HH:mm},{(d.Status == DossierStatus.Done ? "Đã giải quyết" : "Đang xử lý")},{d.FinishedUtc:dd/MM/yyyy HH:mm}\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static async Task<double> MemoryAfterOverdueAsync(string path)
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = new BotProcess(api.Token, api.BaseUrl, path);
        bot.Start();
        api.SendText(9001, "/overdue");
        await api.WaitForMessage(9001, timeout: TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2));
        return bot.ResidentMegabytes();
    }
}
