using Par.Core.Members;

namespace Par.Bot.Hosting;

/// <summary>A member <c>seed-demo</c> created, as its summary lists them.</summary>
public sealed record DemoMember(long UserId, string Name, string UnitCode, Role Role);
