using System.Text.Json.Nodes;
using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>The bot's command lists by scope and language, and every setMyCommands call.</summary>
internal sealed class FakeCommandMenu
{
    private readonly Lock gate = new();
    private readonly List<SetCommandsCall> calls = [];
    private readonly Dictionary<string, BotCommand[]> menus = [];

    public IReadOnlyList<SetCommandsCall> Calls
    {
        get { lock (gate) return [.. calls]; }
    }

    public void Set(JsonNode? scope, BotCommandScope? parsedScope, string? languageCode, BotCommand[] commands)
    {
        lock (gate)
        {
            calls.Add(new SetCommandsCall(parsedScope, languageCode, commands));
            menus[Key(scope, languageCode)] = commands;
        }
    }

    public BotCommand[] Get(JsonNode? scope, string? languageCode)
    {
        lock (gate) return menus.GetValueOrDefault(Key(scope, languageCode)) ?? [];
    }

    public void Delete(JsonNode? scope, string? languageCode)
    {
        lock (gate) menus.Remove(Key(scope, languageCode));
    }

    public void ClearCalls()
    {
        lock (gate) calls.Clear();
    }

    private static string Key(JsonNode? scope, string? languageCode) =>
        $"{scope?.ToJsonString() ?? """{"type":"default"}"""}|{languageCode}";
}
