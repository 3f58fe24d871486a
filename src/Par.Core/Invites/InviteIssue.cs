namespace Par.Core.Invites;

/// <summary>A new invite and the codes of the unit's earlier unused head invites it replaced.</summary>
public sealed record InviteIssue(Invite Invite, IReadOnlyList<string> Revoked);
