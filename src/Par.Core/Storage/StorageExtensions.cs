using Microsoft.Extensions.DependencyInjection;
using Par.Core.Conversations;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Units;
using Par.Core.Updates;

namespace Par.Core.Storage;

public static class StorageExtensions
{
    /// <summary>The LiteDB implementations of the store interfaces; needs a <see cref="ParDatabase"/>, a <see cref="TimeProvider"/> and an <see cref="IOutboxGateway"/> registered.</summary>
    public static IServiceCollection AddParStorage(this IServiceCollection services)
    {
        // Rankings read every unit: the store keeps them in memory and drops its copy whenever a unit is written.
        services.AddSingleton<IUnitStore>(sp =>
        {
            var db = sp.GetRequiredService<ParDatabase>();
            return new CachingUnitStore(new LiteUnitStore(db), db);
        });
        services.AddSingleton<IMemberStore, LiteMemberStore>();
        services.AddSingleton<IInviteStore, LiteInviteStore>();
        services.AddSingleton<IConversationStore, LiteConversationStore>();
        services.AddSingleton<IDraftStore, LiteDraftStore>();
        services.AddSingleton<LiteOutboxStore>();
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<LiteOutboxStore>());
        services.AddSingleton<IOutbox, LiteOutbox>();
        services.AddSingleton<IUpdateLog, LiteUpdateLog>();
        return services;
    }
}
