using Par.Core.Members;

namespace Par.Core.Access;

/// <summary>
/// Someone asking to do something: their role (admins come from configuration, heads and deputies from their
/// membership) and their unit, when they belong to one.
/// </summary>
public sealed record Actor(long UserId, Role Role, string? UnitCode);
