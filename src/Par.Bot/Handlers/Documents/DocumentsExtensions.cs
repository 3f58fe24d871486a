namespace Par.Bot.Handlers.Documents;

public static class DocumentsExtensions
{
    /// <summary>The handler of spreadsheets sent outside a flow; each feature registers its own importer.</summary>
    public static IHostApplicationBuilder AddParDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DocumentHandler>();
        return builder;
    }
}
