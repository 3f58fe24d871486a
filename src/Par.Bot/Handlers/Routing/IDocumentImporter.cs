using Par.Core.Members;
using Par.Core.Tabular;

namespace Par.Bot.Handlers.Routing;

/// <summary>Imports one kind of spreadsheet; chosen by the file's header row.</summary>
public interface IDocumentImporter
{
    Role Access { get; }
    /// <summary>True when the headers are this importer's kind of file.</summary>
    bool Recognizes(Table table);
    Task ImportAsync(BotContext context, Table table, CancellationToken cancellationToken);
}
