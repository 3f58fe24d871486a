using Microsoft.Extensions.DependencyInjection;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Core.Ranking;

public static class RankingServiceExtensions
{
    /// <summary>
    /// Reports, rankings, references and mergers. Needs the stores (<c>AddParStorage</c>, <c>AddParRankingStorage</c>),
    /// an <see cref="Indicators.IndicatorCatalog"/>, a <see cref="TimeProvider"/> and <see cref="UnitService"/>.
    /// </summary>
    public static IServiceCollection AddParRankingServices(this IServiceCollection services)
    {
        services.AddSingleton<OfficialValueRule>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportFileLayout>();
        services.AddSingleton<ReferenceService>();
        services.AddSingleton<RankingService>();
        services.AddSingleton<UnitMergeService>();
        return services;
    }
}
