namespace Par.Core.Broadcasts;

/// <summary>What pressing "received" did, and when the recipient first pressed it (the time the button then shows).</summary>
public sealed record AcknowledgeResult(AcknowledgeOutcome Outcome, DateTime? AtUtc = null);
