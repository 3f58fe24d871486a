using System.Diagnostics.CodeAnalysis;

namespace Par.Core.Portal;

public sealed record PortalParseResult(PortalFile? File, PortalFileError? Error)
{
    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => File is not null;

    public static PortalParseResult Failure(PortalFileErrorKind kind, string detail = "", string unit = "") =>
        new(null, new PortalFileError(kind, detail, unit));
}
