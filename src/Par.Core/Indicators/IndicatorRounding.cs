namespace Par.Core.Indicators;

/// <summary>Whether a metric's points are rounded on their own before they are added up.</summary>
public enum IndicatorRounding
{
    /// <summary>Points stay exact; only the total is rounded when shown (<see cref="Ranking.PortalRounding"/>).</summary>
    Exact,

    /// <summary>
    /// Two decimals, half up, on the unrounded points of this metric, as the portal publishes each metric: a group is
    /// the sum of its metrics' rounded points and the total the sum of the groups.
    /// </summary>
    HalfUp,
}
