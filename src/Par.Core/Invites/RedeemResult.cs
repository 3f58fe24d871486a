using Par.Core.Members;
using Par.Core.Units;

namespace Par.Core.Invites;

public sealed record RedeemResult(RedeemOutcome Outcome, Unit? Unit = null, Role Role = Role.Stranger);
