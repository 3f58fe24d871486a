namespace Par.Core.Portal;

/// <summary>A refused file and the particulars the answer quotes: the field, the unit, the value, the code.</summary>
public sealed record PortalFileError(PortalFileErrorKind Kind, string Detail = "", string Unit = "");
