namespace Par.Core.Indicators;

/// <summary>What a metric scores when its denominator is 0 (no procedures, no dossiers, no petitions in the period).</summary>
public enum NoCasesRule
{
    /// <summary>0 points.</summary>
    Zero,

    /// <summary>No score at all: the portal leaves the metric out (it shows no ratio and no score) and it earns nothing.</summary>
    NotScored,

    /// <summary>Full points: nothing could go wrong, as with petitions when none were filed.</summary>
    Full,
}
