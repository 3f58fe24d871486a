using Microsoft.Extensions.Options;
using Par.Bot.Handlers.Routing;
using Par.Bot.Work;
using Par.Core.Indicators;
using Par.Core.Ranking;
using Par.Core.Storage;

namespace Par.Bot.Handlers.Ranking;

public static class RankingExtensions
{
    /// <summary>Options, services and handlers of ranking (indicators, reports, rank, top, export, references, periods).</summary>
    public static IHostApplicationBuilder AddParRanking(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IndicatorOptions>().BindConfiguration(IndicatorOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IndicatorOptions>, IndicatorBindingCheck>();
        services.AddSingleton<IValidateOptions<IndicatorOptions>, IndicatorCatalogValidator>();
        services.AddSingleton(sp => IndicatorCatalog.FromOptions(sp.GetRequiredService<IOptions<IndicatorOptions>>().Value));

        services.AddParRankingStorage();
        services.AddParRankingServices();

        services.AddSingleton<ReportScreens>();
        services.AddSingleton<DeputyReportNotice>();
        services.AddSingleton<ReportWizard>();
        services.AddSingleton<RankingChart>();
        services.AddSingleton<ICommand, ReportCommand>();
        services.AddSingleton<ICommand, RankCommand>();
        services.AddSingleton<ICommand, TopCommand>();
        services.AddSingleton<ICommand, ExportCommand>();
        services.AddSingleton<IBackgroundWork, ExportWork>();
        services.AddSingleton<IBackgroundWork, ChartWork>();
        services.AddSingleton<ICommand, PeriodCommand>();
        services.AddSingleton<ICommand, ReferenceCommand>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<ReportWizard>());
        services.AddSingleton<ICallbackHandler>(sp => sp.GetRequiredService<ReportWizard>());
        services.AddSingleton<IDocumentImporter, ReportImporter>();
        return builder;
    }
}
