using Par.Core.Dossiers;

namespace Par.Core.Tests.Dossiers;

public sealed class DossierTests
{
    private static readonly DateTime Received = Zones.Utc(2025, 5, 1);
    private static readonly DateTime Due = Zones.Utc(2025, 5, 10);
    private static readonly DateTime Updated = Zones.Utc(2025, 5, 12);

    [Fact]
    public void Id_joins_unit_and_code() =>
        Assert.Equal("SNV:HS-1", new Dossier("SNV", "HS-1", "p", Received, Due, DossierStatus.Processing, null, Updated).Id);

    [Theory]
    [InlineData(DossierStatus.Processing, false, false)]
    [InlineData(DossierStatus.Done, true, true)]
    [InlineData(DossierStatus.Done, false, true)]
    [InlineData(DossierStatus.Returned, false, true)]
    [InlineData(DossierStatus.Withdrawn, false, true)]
    [InlineData(DossierStatus.Stopped, false, true)]
    [InlineData(DossierStatus.AwaitingSupplement, false, false)]
    [InlineData(DossierStatus.AwaitingPayment, false, false)]
    public void Processing_and_waiting_dossiers_are_open_items(DossierStatus status, bool hasFinishedTime, bool finished)
    {
        var finishedUtc = hasFinishedTime ? Zones.Utc(2025, 5, 9) : (DateTime?)null;
        var item = new Dossier("SNV", "HS-1", "Cấp phép", Received, Due, status, finishedUtc, Updated).ToTrackedItem();

        Assert.Equal(new TrackedItem(TrackedItemKind.Dossier, "SNV", "HS-1", "Cấp phép", Received, Due, finished ? finishedUtc ?? Updated : null, status), item);
    }
}
