using Microsoft.Extensions.Configuration;
using Par.Core.Indicators;

namespace Par.Core.Tests.Portal;

/// <summary>The catalogues as shipped in <c>appsettings.json</c> (the portal's index) and <c>appsettings.selfreport.json</c>.</summary>
public static class ShippedCatalogs
{
    public static IndicatorCatalog Portal { get; } = IndicatorCatalog.FromOptions(Options("appsettings.json"));

    public static IndicatorCatalog SelfReport { get; } = IndicatorCatalog.FromOptions(Options("appsettings.selfreport.json"));

    public static IndicatorOptions Options(string file)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, file)).Build();
        return configuration.GetSection(IndicatorOptions.SectionName).Get<IndicatorOptions>()!;
    }
}
