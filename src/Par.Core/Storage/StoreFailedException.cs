namespace Par.Core.Storage;

/// <summary>
/// The store failed in this process (a full disk, a damaged page; the cause is the inner exception), so nothing is
/// read or written any more: LiteDB's state after such a fault is undefined (a transaction may hold its locks for
/// good), and Par restarts instead.
/// </summary>
public sealed class StoreFailedException(Exception fault)
    : Exception($"The store failed and is no longer used: {fault.Message}", fault);
