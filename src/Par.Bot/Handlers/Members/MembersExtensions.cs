using Par.Bot.Handlers.Routing;
using Par.Core.Members;

namespace Par.Bot.Handlers.Members;

public static class MembersExtensions
{
    /// <summary>/members and its remove buttons.</summary>
    public static IHostApplicationBuilder AddParMembers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<MemberService>();
        services.AddSingleton<MemberRemovalReply>();
        services.AddSingleton<ICommand, MembersCommand>();
        services.AddSingleton<ICallbackHandler, MemberButtons>();
        return builder;
    }
}
