namespace Par.Bot.Tests.Fakes;

/// <summary>A file part of a multipart request.</summary>
internal sealed record FakeUpload(string FileName, byte[] Content);
