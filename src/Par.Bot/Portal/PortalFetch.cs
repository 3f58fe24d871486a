using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Par.Bot.Handlers.Portal;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Indicators;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Portal;

namespace Par.Bot.Portal;

/// <summary>
/// One scheduled fetch: the month before and the current month so far, in the province's calendar. Each period's
/// responses (one per endpoint of the catalogue's groups) are fetched one after another and imported together through
/// <see cref="PortalImportService"/>, as files an admin sends are. A locked period is not asked for; a period with any
/// response missing or refused (<c>code</c> ≠ <c>OK</c>) is left as it was.
/// </summary>
public sealed class PortalFetch(
    PortalClient client,
    PortalImportService import,
    IPeriodLockStore locks,
    IndicatorCatalog catalog,
    NotificationRecipients recipients,
    IOutbox outbox,
    IOptions<PortalOptions> options,
    ProvinceClock clock,
    ILogger<PortalFetch> logger)
{
    /// <summary>Stored as who imported the figures: no user, the schedule.</summary>
    public const long ScheduledImporter = 0;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var current = Period.MonthOf(today);
        var previous = current.Previous();
        var needLook = new List<PortalImportResult>();
        foreach (var (period, to) in new[] { (previous, previous.End), (current, today) })
        {
            if (locks.IsLocked(period))
            {
                logger.LogInformation("The portal's figures for {Period} are not fetched: the period is locked", period);
                continue;
            }

            if (await FetchAsync(period, new PortalRequest(options.Value.RootDepartmentId, period.Start, to), cancellationToken) is { } sources
                && Import(period, sources) is { } result && NeedsLook(result))
            {
                needLook.Add(result);
            }
        }

        if (needLook.Count > 0)
        {
            TellAdmins(needLook);
        }
    }

    private async Task<List<PortalSource>?> FetchAsync(Period period, PortalRequest request, CancellationToken cancellationToken)
    {
        var sources = new List<PortalSource>();
        foreach (var endpoint in catalog.Groups.Select(group => group.Endpoint).OfType<string>())
        {
            var body = await client.FetchAsync(endpoint, request, cancellationToken);
            if (body is null || Refused(endpoint, body))
            {
                logger.LogError("The portal's figures for {Period} are left as they were: {Endpoint} could not be fetched", period, endpoint);
                return null;
            }

            sources.Add(new PortalSource(endpoint, body));
        }

        return sources;
    }

    /// <summary>An answer that is not the portal's data at all (an error <c>code</c>, a web page) fails the fetch, read as the import would read it.</summary>
    private bool Refused(string endpoint, byte[] body)
    {
        using var content = new MemoryStream(body, writable: false);
        var error = PortalFileParser.Parse(content, catalog, options.Value.MaxResponseBytes).Error;
        switch (error?.Kind)
        {
            case PortalFileErrorKind.NotOk:
                logger.LogError("The portal refused {Endpoint}: code {Code} “{Message}”", endpoint, error.Detail, error.Unit);
                return true;
            case PortalFileErrorKind.NotJson:
                logger.LogError("The portal's {Endpoint} answer is not JSON", endpoint);
                return true;
            default:
                return false;
        }
    }

    private PortalImportResult Import(Period period, List<PortalSource> sources)
    {
        var result = import.Import(period, sources, ScheduledImporter);
        var refused = result.Files.Where(file => file.Error is not null).ToList();
        logger.LogInformation(
            "Imported the portal's figures for {Period}: {Stored} of {Files} responses stored ({Units} unit rows), {Refused} refused, {Disagreements} disagreements, {Unlinked} portal units not linked",
            period, result.Files.Count - refused.Count, result.Files.Count, result.Files.Sum(file => file.Units), refused.Count,
            result.Files.Sum(file => file.Disagreements.Count), result.Unlinked.Count);
        foreach (var file in refused)
        {
            logger.LogWarning("The portal's {Endpoint} for {Period} was not stored: {Kind} {Detail}", file.Name, period, file.Error!.Kind, file.Error.Detail);
        }

        return result;
    }

    private static bool NeedsLook(PortalImportResult result) =>
        result.Unlinked.Count > 0 || result.Files.Any(file => file.Error is not null || file.Disagreements.Count > 0);

    /// <summary>One message to each admin per run, and the same findings only once, however many mornings they stay.</summary>
    private void TellAdmins(IReadOnlyList<PortalImportResult> results)
    {
        var findings = Findings(results);
        var creatable = results.SelectMany(result => result.Unlinked).Where(unit => unit.Code is not null).DistinctBy(unit => unit.Id).Count();
        outbox.Send(recipients.Admins().Select(admin => new OutgoingMessage
        {
            ChatId = admin.ChatId,
            Text = admin.T.PortalFetched(results),
            Buttons = creatable == 0 ? [] : [[new Button(admin.T.PortalCreateButton(creatable), PortalImportRun.CreateButtonData)]],
            Priority = Priority.Reminder,
            DedupeKey = $"portal-fetch:{findings}:user:{admin.UserId}",
        }));
    }

    private static string Findings(IReadOnlyList<PortalImportResult> results)
    {
        var lines = results.SelectMany(result => result.Files.Select(file => $"{result.Period}:{file.Name}:{file.Error}")
            .Concat(result.Files.SelectMany(file => file.Disagreements).Select(found => $"{found.Unit.Code}:{found.Metric.Code}:{found.Official}:{found.Computed}"))
            .Concat(result.Unlinked.Select(unit => unit.Id)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
    }
}
