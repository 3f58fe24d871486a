using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace Par.Bot.Tests.Fakes;

/// <summary>A Bot API request's parameters, whether they came as JSON, a form or the query string.</summary>
internal sealed class FakeRequest(JsonObject parameters, IReadOnlyDictionary<string, FakeUpload> uploads)
{
    public JsonObject Parameters { get; } = parameters;

    /// <summary>Multipart file parts by part name; Telegram.Bot names them "0", "1"... and refers to them as "attach://0".</summary>
    public IReadOnlyDictionary<string, FakeUpload> Uploads { get; } = uploads;

    public static async Task<FakeRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject();
        var uploads = new Dictionary<string, FakeUpload>();
        foreach (var (key, value) in request.Query)
            parameters[key] = value.ToString();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
                parameters[key] = value.ToString();
            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                uploads[file.Name] = new FakeUpload(file.FileName, content.ToArray());
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(cancellationToken);
            if (body.Length > 0 && JsonNode.Parse(body) is JsonObject json)
            {
                foreach (var (key, value) in json)
                    parameters[key] = value?.DeepClone();
            }
        }
        return new FakeRequest(parameters, uploads);
    }

    public string? String(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };

    public long? Long(string name) => Parameters[name] switch
    {
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text)
            && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public int? Int(string name) => Long(name) is long number ? checked((int)number) : null;

    public bool Bool(string name) => Parameters[name] switch
    {
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => bool.TryParse(text, out var parsed) && parsed,
        _ => false,
    };

    /// <summary>An object parameter; multipart sends those as JSON text.</summary>
    public JsonNode? Json(string name) => Parameters[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => JsonNode.Parse(text),
        var node => node?.DeepClone(),
    };

    public T? Deserialize<T>(string name) => Json(name) is { } node ? node.Deserialize<T>(JsonBotAPI.Options) : default;
}
