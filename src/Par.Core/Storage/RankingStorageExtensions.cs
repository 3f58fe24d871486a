using Microsoft.Extensions.DependencyInjection;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.References;
using Par.Core.Reminders;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Core.Storage;

public static class RankingStorageExtensions
{
    /// <summary>The LiteDB stores of reports, period locks, references, mergers and the portal's figures; needs <see cref="StorageExtensions.AddParStorage"/>.</summary>
    public static IServiceCollection AddParRankingStorage(this IServiceCollection services)
    {
        services.AddSingleton<IReportStore, LiteReportStore>();
        services.AddSingleton<IReportedUnits, ReportedUnits>();
        services.AddSingleton<IPeriodLockStore, LitePeriodLockStore>();
        services.AddSingleton<IReferenceStore, LiteReferenceStore>();
        services.AddSingleton<IUnitMergeStore, LiteUnitMergeStore>();
        services.AddSingleton<IPortalScoreStore, LitePortalScoreStore>();
        return services;
    }
}
