namespace Par.Bot.Hosting;

/// <summary>The LiteDB file named by Storage:Path could not be opened at start.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
