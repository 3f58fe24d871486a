namespace Par.Core.Portal;

/// <summary>One unit of a portal response: who it is on the portal and its metrics of the file's group.</summary>
/// <param name="Code">The portal's <c>departmentCode</c> (<c>H99.01</c>); null in the responses that carry only ids.</param>
/// <param name="Level">The portal's level, <c>PROVINCE</c> or <c>COMMUNE</c>.</param>
public sealed record PortalUnitRow(string Id, string? Code, string Name, string? Level, IReadOnlyList<OfficialMetric> Metrics);
