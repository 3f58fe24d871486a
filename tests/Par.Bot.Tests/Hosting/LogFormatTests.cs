using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;

namespace Par.Bot.Tests.Hosting;

/// <summary>Logging:Format=json as a log shipper reads it: one JSON object per line, the update in scope, never the token or the text.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LogFormatTests
{
    [Fact]
    public async Task Json_lines_carry_the_update_and_chat_ids_but_not_the_token_or_what_the_user_wrote()
    {
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?>
            {
                ["Logging:Format"] = "json",
                ["Logging:LogLevel:Default"] = "Information",
            }, services: s => s.AddSingleton<Par.Bot.Handlers.Routing.ICommand, FailingCommand>());
            var update = bot.Api.SendText(4242, "/boom mật khẩu là hoa-sen-123", "en");
            await bot.Api.WaitForMessage(4242);
            await bot.StopHostAsync();
            await Task.Delay(200);

            var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var events = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
            var failure = events.Single(e => e.GetProperty("Message").GetString()!.Contains("Handler failed"));
            var scopes = failure.GetProperty("Scopes").EnumerateArray().ToList();
            Assert.Contains(scopes, s => s.TryGetProperty("UpdateId", out var id) && id.GetInt32() == update.Id);
            Assert.Contains(scopes, s => s.TryGetProperty("ChatId", out var chat) && chat.GetInt64() == 4242);
            Assert.DoesNotContain(lines, l => l.Contains("hoa-sen-123"));
            Assert.DoesNotContain(lines, l => l.Contains(bot.Api.Token));
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private sealed class FailingCommand : Par.Bot.Handlers.Routing.ICommand
    {
        public string Name => "boom";
        public Par.Core.Access.Permission Permission => Par.Core.Access.Permission.UseBot;

        public Task HandleAsync(Par.Bot.Handlers.Routing.BotContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the handler broke");
    }
}
