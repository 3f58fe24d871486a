using Par.Core.Dossiers;

namespace Par.Bench;

/// <summary>A province's year of dossiers: 500 units, mostly settled, a few percent still open and some of those late.</summary>
public static class DossierFactory
{
    public const int Units = 500;
    public static readonly DateTimeOffset Now = new(2025, 5, 20, 1, 0, 0, TimeSpan.Zero);

    public static IEnumerable<Dossier> Year(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var received = Now.UtcDateTime.AddDays(-random.Next(0, 365)).AddMinutes(-random.Next(0, 1440));
            var days = random.Next(1, 20);
            var due = received.AddDays(days);
            var open = random.Next(100) < 3;
            yield return new Dossier(
                $"U{i % Units:000}",
                $"HS-{i:0000000}",
                "Cấp giấy chứng nhận quyền sử dụng đất",
                received,
                due,
                open ? DossierStatus.Processing : DossierStatus.Done,
                open ? null : received.AddDays(random.Next(0, days + 2)),
                received);
        }
    }
}
