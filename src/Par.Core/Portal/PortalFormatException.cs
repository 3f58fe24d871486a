namespace Par.Core.Portal;

/// <summary>Ends the reading of a response at its first fault; <see cref="PortalFileParser"/> turns it into the answer.</summary>
internal sealed class PortalFormatException(PortalFileError error) : Exception(error.Kind.ToString())
{
    public PortalFileError Error { get; } = error;
}
