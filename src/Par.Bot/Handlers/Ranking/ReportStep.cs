namespace Par.Bot.Handlers.Ranking;

/// <summary>Where a guided report is: what the bot last asked.</summary>
public enum ReportStep
{
    /// <summary>Pick the period.</summary>
    Period,

    /// <summary>Type the value of the indicator at <see cref="ReportDraft.Index"/>.</summary>
    Value,

    /// <summary>Confirm or edit the summary.</summary>
    Summary,

    /// <summary>Pick the indicator to change.</summary>
    Pick,
}
