using System.Net.Http.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>
/// Telegram's side of a webhook: once setWebhook names a URL, pending updates are posted there with the secret
/// header, up to max_connections at once and one per chat at a time; a 2xx answer delivers the update, anything else
/// (or no answer) posts it again shortly. deleteWebhook stops the posting and leaves what is pending for getUpdates.
/// </summary>
internal sealed class FakeWebhook(FakeUpdateQueue updates, CancellationToken stopping) : IDisposable
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMilliseconds(200);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Lock _gate = new();
    private readonly HashSet<int> _inFlight = [];
    private readonly List<int> _answers = [];
    private Registration? _registration;
    private Task? _loop;

    public string? Url => _registration?.Url;

    public string? Secret => _registration?.Secret;

    /// <summary>The HTTP status of every delivery attempt, in order.</summary>
    public IReadOnlyList<int> Answers
    {
        get { lock (_gate) return [.. _answers]; }
    }

    public void Set(string url, string? secret, int maxConnections)
    {
        _registration = new Registration(url, secret, Math.Clamp(maxConnections, 1, 100));
        lock (_gate)
            _loop ??= Task.Run(DeliverAsync);
    }

    public void Delete() => _registration = null;

    public WebhookInfo Info() => new() { Url = _registration?.Url ?? "", PendingUpdateCount = updates.PendingCount, MaxConnections = _registration?.MaxConnections };

    private async Task DeliverAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var changed = updates.NextChange;
            var registration = _registration;
            IReadOnlyList<Update> due = [];
            if (registration is not null)
            {
                lock (_gate)
                {
                    due = updates.TakeForDelivery(_inFlight, registration.MaxConnections);
                    foreach (var update in due)
                        _inFlight.Add(update.Id);
                }
            }
            foreach (var update in due)
                _ = PostAsync(registration!, update);
            try
            {
                await changed.WaitAsync(TimeSpan.FromMilliseconds(100), stopping);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PostAsync(Registration registration, Update update)
    {
        var status = 0;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, registration.Url) { Content = JsonContent.Create(update, options: JsonBotAPI.Options) };
            if (registration.Secret is { } secret)
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            using var response = await _http.SendAsync(request, stopping);
            status = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
        }
        lock (_gate)
            _answers.Add(status);
        if (status is >= 200 and < 300)
            updates.Delivered(update.Id);
        else
            await Task.Delay(RetryAfterFailure, CancellationToken.None);
        lock (_gate)
            _inFlight.Remove(update.Id);
    }

    public void Dispose() => _http.Dispose();

    private sealed record Registration(string Url, string? Secret, int MaxConnections);
}
