namespace Par.Core.Broadcasts;

/// <summary>Which units an announcement goes to.</summary>
public enum AudienceScope
{
    /// <summary>Every active unit.</summary>
    All = 0,
    /// <summary>The active units of one group (department, commune…).</summary>
    Group = 1,
    /// <summary>Units the admin picked one by one.</summary>
    Units = 2,
}
