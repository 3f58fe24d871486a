namespace Par.Bot.Metrics;

/// <summary>What became of an update, as counted.</summary>
public enum UpdateOutcome
{
    /// <summary>Routed to its handler (a refusal or "not understood" included) and stored.</summary>
    Handled,
    /// <summary>Delivered again after it was handled: skipped.</summary>
    Duplicate,
    /// <summary>A crash interrupted it earlier: the user was asked to check and resend.</summary>
    Interrupted,
    /// <summary>Its handler threw: the user got an apology.</summary>
    Failed,
    /// <summary>Not for Par (a group message, an edit, a channel post): nothing to do.</summary>
    Ignored,
    /// <summary>The store kept failing around it: marked handled with nothing sent, so the rest can go on.</summary>
    GivenUp,
}
