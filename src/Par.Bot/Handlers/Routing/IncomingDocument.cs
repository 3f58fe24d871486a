namespace Par.Bot.Handlers.Routing;

public sealed record IncomingDocument(string FileId, string FileName, long? Size);
