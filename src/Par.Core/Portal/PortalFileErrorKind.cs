namespace Par.Core.Portal;

/// <summary>Why a file from the portal was refused as a whole; nothing of it is stored.</summary>
public enum PortalFileErrorKind
{
    /// <summary>Larger than the configured limit, refused before it is parsed.</summary>
    TooLarge,

    /// <summary>Not JSON at all (a web page, a spreadsheet, a cut-off download).</summary>
    NotJson,

    /// <summary>JSON whose shape is none of the portal's responses this catalogue knows.</summary>
    UnknownShape,

    /// <summary>The portal answered with an error: <c>code</c> is not <c>OK</c>.</summary>
    NotOk,

    /// <summary>A scored metric the catalogue does not have, so the groups would not add up.</summary>
    UnknownMetric,

    /// <summary>A count or score that is neither a number nor null.</summary>
    NotANumber,

    /// <summary>A unit row without its <c>departmentId</c>.</summary>
    MissingId,

    /// <summary>One unit under two ids (or one id under two codes), in this file, another file or the stored links.</summary>
    ConflictingIds,

    /// <summary>The period of the file is locked.</summary>
    PeriodLocked,
}
