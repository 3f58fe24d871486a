using Microsoft.Extensions.DependencyInjection;
using Par.Core.Storage;

namespace Par.Bench;

/// <summary>Par.Core's services over one LiteDB file, without the bot around them.</summary>
public sealed class CoreStore : IDisposable
{
    private readonly ServiceProvider _services;

    public CoreStore(string path)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ParDatabase(path));
        services.AddParStorage();
        services.AddParDossierStorage();
        services.AddSingleton<Par.Core.Dossiers.LateItemsService>();
        services.AddSingleton<Par.Core.Dossiers.DossierImportService>();
        _services = services.BuildServiceProvider();
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}
