using Par.Core.Access;

namespace Par.Bot.Handlers.Routing;

/// <summary>Imports a kind of file that is not a spreadsheet (the portal's JSON); chosen by the file's name before any table is read.</summary>
public interface IFileImporter
{
    /// <summary>What the sender must be allowed to do for the file to be imported; refused otherwise.</summary>
    Permission Permission { get; }

    bool Accepts(IncomingDocument document);

    Task ImportAsync(BotContext context, CancellationToken cancellationToken);
}
