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
    Task ImportAsync(BotContext context, Table table, CancellationToken cancellationToken);
}
