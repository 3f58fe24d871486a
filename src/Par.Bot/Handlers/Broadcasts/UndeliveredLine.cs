using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>One person who did not get a broadcast, as the admin reads it: the member and unit as stored now (null when gone).</summary>
public sealed record UndeliveredLine(Member? Member, Unit? Unit, UndeliveredReason Reason);
