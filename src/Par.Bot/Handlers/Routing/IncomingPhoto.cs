namespace Par.Bot.Handlers.Routing;

/// <summary>A received photo: the file id of its largest size, to send it on by id.</summary>
public sealed record IncomingPhoto(string FileId, long? Size);
