using Par.Core.Access;
using Par.Core.Tabular;

namespace Par.Bot.Handlers.Routing;

/// <summary>Imports one kind of spreadsheet; chosen by the file's header row.</summary>
public interface IDocumentImporter
{
    /// <summary>What the sender must be allowed to do for the file to be imported; refused otherwise.</summary>
    Permission Permission { get; }
    /// <summary>True when the headers are this importer's kind of file.</summary>
    bool Recognizes(Table table);
    /// <summary>
    /// Stores the file's good rows and adds the answer to <paramref name="context"/>. It runs in the background, inside
    /// the one transaction that also stores the answer (all or nothing), so it never awaits.
    /// </summary>
    void Import(BotContext context, Table table);
}
