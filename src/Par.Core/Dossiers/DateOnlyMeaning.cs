namespace Par.Core.Dossiers;

/// <summary>Which moment a date written without a time stands for.</summary>
public enum DateOnlyMeaning
{
    /// <summary>00:00:00 local: a dossier received on that day.</summary>
    StartOfDay,

    /// <summary>23:59:59 local: a deadline or a finish on that day.</summary>
    EndOfDay,
}
