using LiteDB;

namespace Par.Core.Storage;

/// <summary>A query's results read through the engine's fuse: reading a damaged page while enumerating blows it too.</summary>
internal sealed class GuardedReader(IBsonDataReader inner, GuardedEngine engine) : IBsonDataReader
{
    public BsonValue this[string field] => inner[field];
    public string Collection => inner.Collection;
    public BsonValue Current => inner.Current;
    public bool HasValues => inner.HasValues;
    public bool Read() => engine.Guard(inner.Read);
    public void Dispose() => inner.Dispose();
}
