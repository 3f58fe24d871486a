using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Par.Core.Periods;
using Par.Core.References;
using Par.Core.Reminders;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Core.Storage;

public static class RankingStorageExtensions
{
    /// <summary>
    /// The LiteDB stores of reports, period locks, references and mergers; call after <see cref="StorageExtensions.AddParStorage"/>.
    /// Also puts the unit store behind an in-memory cache (rankings read every unit).
    /// </summary>
    public static IServiceCollection AddParRankingStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp => new CachingUnitStore(new LiteUnitStore(sp.GetRequiredService<ParDatabase>())));
        services.Replace(ServiceDescriptor.Singleton<IUnitStore>(sp => sp.GetRequiredService<CachingUnitStore>()));
        services.AddSingleton<IReportStore, LiteReportStore>();
        services.AddSingleton<IReportedUnits, ReportedUnits>();
        services.AddSingleton<IPeriodLockStore, LitePeriodLockStore>();
        services.AddSingleton<IReferenceStore, LiteReferenceStore>();
        services.AddSingleton<IUnitMergeStore, LiteUnitMergeStore>();
        return services;
    }
}
