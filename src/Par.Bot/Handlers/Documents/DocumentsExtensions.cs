using Par.Bot.Work;

namespace Par.Bot.Handlers.Documents;

public static class DocumentsExtensions
{
    /// <summary>The handler of spreadsheets sent outside a flow and their import in the background; each feature registers its own importer.</summary>
    public static IHostApplicationBuilder AddParDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DocumentHandler>();
        builder.Services.AddSingleton<IBackgroundWork, DocumentImport>();
        return builder;
    }
}
