using Microsoft.Extensions.Options;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Units;

namespace Par.Core.Portal;

/// <summary>
/// Imports the portal's responses for a period: each file is read and checked whole, joined to Par's units and stored
/// in its own transaction, so a bad file stores nothing and does not stop the good ones.
/// </summary>
/// <remarks>
/// Units are joined on <c>departmentId</c>: a unit links by its portal code (<see cref="Unit.PortalCode"/>), and the
/// responses that carry both code and id teach Par the id (kept on the unit and in the portal directory), which is
/// all two of the responses give. Files with codes are therefore imported first.
/// </remarks>
public sealed class PortalImportService(
    IPortalScoreStore store, IUnitStore units, IPeriodLockStore locks, IndicatorCatalog catalog, UnitService unitService,
    IOptions<PortalOptions> options, TimeProvider time)
{
    public PortalImportResult Import(Period period, IReadOnlyList<PortalSource> sources, long importedBy)
    {
        if (locks.IsLocked(period))
        {
            return new PortalImportResult(
                period, [.. sources.Select(source => PortalFileOutcome.Refused(source.Name, new PortalFileError(PortalFileErrorKind.PeriodLocked, period.ToString())))], []);
        }

        var parsed = sources.Select(source => (source.Name, Result: Parse(source))).ToList();
        var join = new PortalJoin(units.List(includeArchived: true), store.Directory());
        var outcomes = new Dictionary<string, PortalFileOutcome>(StringComparer.Ordinal);
        foreach (var (name, result) in parsed.OrderBy(file => file.Result.File?.Units.Any(unit => unit.Code is not null) == true ? 0 : 1))
        {
            outcomes[name] = result.Succeeded ? Store(period, name, result.File, join, importedBy) : PortalFileOutcome.Refused(name, result.Error);
        }

        return new PortalImportResult(period, [.. parsed.Select(file => outcomes[file.Name])], join.Unlinked());
    }

    /// <summary>
    /// Creates a unit for every portal unit with a code that no unit links to, in the group its level maps to
    /// (<see cref="PortalOptions.Levels"/>); returns the units created. Units whose level maps to no group are left out.
    /// </summary>
    public IReadOnlyList<Unit> CreateUnlinked()
    {
        var linked = units.List(includeArchived: true).Where(unit => unit.PortalCode is not null)
            .Select(unit => unit.PortalCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var created = new List<Unit>();
        foreach (var portal in store.Directory().Values.Where(unit => unit.Code is { } code && !linked.Contains(code)).OrderBy(unit => unit.Code, StringComparer.Ordinal))
        {
            if (portal.Level is null || !options.Value.Levels.TryGetValue(portal.Level, out var group))
            {
                continue;
            }

            var (unit, _) = unitService.Save(portal.Code!, portal.Name, group);
            if (unit is not null)
            {
                var linkedUnit = unit with { PortalCode = portal.Code, PortalId = portal.Id };
                units.Upsert(linkedUnit);
                created.Add(linkedUnit);
            }
        }

        return created;
    }

    private PortalParseResult Parse(PortalSource source)
    {
        using var content = new MemoryStream(source.Content, writable: false);
        return PortalFileParser.Parse(content, catalog, options.Value.MaxResponseBytes);
    }

    private PortalFileOutcome Store(Period period, string name, PortalFile file, PortalJoin join, long importedBy)
    {
        if (join.Conflict(file) is { } conflict)
        {
            return PortalFileOutcome.Refused(name, conflict);
        }

        var linked = join.Link(file);
        var disagreements = linked.Units
            .SelectMany(pair => pair.Value.Where(metric => metric.Disagrees).Select(metric => (Unit: linked.ByCode[pair.Key], Metric: metric)))
            .Select(found => new PortalDisagreement(
                found.Unit, catalog.TryGet(found.Metric.Code, out var definition) ? definition : throw new InvalidOperationException(found.Metric.Code),
                found.Metric.Official, found.Metric.Computed))
            .ToList();
        var replaced = store.Import(
            new PortalGroupImport(period, file.Group.Code, time.GetUtcNow().UtcDateTime, importedBy, linked.Units), linked.Learned, linked.Seen);
        join.Commit(linked);
        return new PortalFileOutcome(name, file.Group, linked.Units.Count, replaced, disagreements, null);
    }
}
