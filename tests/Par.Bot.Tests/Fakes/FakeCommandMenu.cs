using System.Text.Json.Nodes;
using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>The bot's command lists by scope and language, and every setMyCommands call.</summary>
internal sealed class FakeCommandMenu
{
    private readonly Lock _gate = new();
    private readonly List<SetCommandsCall> _calls = [];
    private readonly Dictionary<string, BotCommand[]> _menus = [];

    public IReadOnlyList<SetCommandsCall> Calls
    {
        get { lock (_gate) return [.. _calls]; }
    }

    public void Set(JsonNode? scope, BotCommandScope? parsedScope, string? languageCode, BotCommand[] commands)
    {
        lock (_gate)
        {
            _calls.Add(new SetCommandsCall(parsedScope, languageCode, commands));
            _menus[Key(scope, languageCode)] = commands;
        }
    }

    public BotCommand[] Get(JsonNode? scope, string? languageCode)
    {
        lock (_gate) return _menus.GetValueOrDefault(Key(scope, languageCode)) ?? [];
    }

    public void Delete(JsonNode? scope, string? languageCode)
    {
        lock (_gate) _menus.Remove(Key(scope, languageCode));
    }

    public void ClearCalls()
    {
        lock (_gate) _calls.Clear();
    }

    private static string Key(JsonNode? scope, string? languageCode) =>
        $"{scope?.ToJsonString() ?? """{"type":"default"}"""}|{languageCode}";
}
