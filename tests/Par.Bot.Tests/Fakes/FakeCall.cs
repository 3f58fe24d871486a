namespace Par.Bot.Tests.Fakes;

/// <summary>One request the fake received, as seen by the fault hook and kept in <see cref="FakeBotApi.Calls"/>.</summary>
/// <param name="Sequence">1-based position among all requests since the fake started.</param>
/// <param name="Method">Bot API method as sent (e.g. "sendMessage"), or "downloadFile" for file downloads.</param>
/// <param name="ChatId">The chat the request targets, when it names one (answerCallbackQuery resolves to the presser's chat).</param>
/// <param name="ParametersJson">The request parameters as one JSON object; multipart fields arrive as strings.</param>
public sealed record FakeCall(long Sequence, string Method, long? ChatId, string ParametersJson, DateTimeOffset At);
