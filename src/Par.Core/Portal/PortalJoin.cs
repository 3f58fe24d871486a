using Par.Core.Units;

namespace Par.Core.Portal;

/// <summary>
/// What is known, during one import, of which portal id is which code and which Par unit: the units' links, the
/// portal directory and the files already taken in. A file that contradicts any of it is refused whole.
/// </summary>
internal sealed class PortalJoin
{
    private readonly Dictionary<string, Unit> _byPortalCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Unit> _byPortalId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _codeOfId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idOfCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PortalUnit> _unlinked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PortalUnit> _directory;

    public PortalJoin(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, PortalUnit> directory)
    {
        _directory = new Dictionary<string, PortalUnit>(directory, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            Index(unit);
        }

        foreach (var known in directory.Values.Where(unit => unit.Code is not null))
        {
            Pair(known.Id, known.Code!);
        }
    }

    /// <summary>The first id that contradicts what is known, or null; the answer names the code and both ids.</summary>
    public PortalFileError? Conflict(PortalFile file)
    {
        var ids = new Dictionary<string, string?>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in file.Units)
        {
            if (!ids.TryAdd(row.Id, row.Code))
            {
                return Error($"{row.Id} ×2", row.Name);
            }

            if (row.Code is not { } code)
            {
                continue;
            }

            var other = codes.TryGetValue(code, out var inFile) ? inFile
                : _idOfCode.TryGetValue(code, out var known) ? known
                : _byPortalCode.TryGetValue(code, out var unit) ? unit.PortalId
                : null;
            if (other is not null && other != row.Id)
            {
                return Error($"{code}: {other} ≠ {row.Id}", row.Name);
            }

            var otherCode = _codeOfId.TryGetValue(row.Id, out var knownCode) ? knownCode
                : _byPortalId.TryGetValue(row.Id, out var byId) ? byId.PortalCode
                : null;
            if (otherCode is not null && !string.Equals(otherCode, code, StringComparison.OrdinalIgnoreCase))
            {
                return Error($"{row.Id}: {otherCode} ≠ {code}", row.Name);
            }

            codes[code] = row.Id;
        }

        return null;
    }

    public PortalLink Link(PortalFile file)
    {
        var link = new PortalLink(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), [], []);
        foreach (var row in file.Units)
        {
            var code = row.Code ?? _codeOfId.GetValueOrDefault(row.Id);
            var seen = new PortalUnit(row.Id, code, row.Name, row.Level);
            // Only what is new to the directory is written: a province's month names the same units six times.
            if (_directory.GetValueOrDefault(row.Id) != seen)
            {
                link.Seen.Add(seen);
            }

            var unit = _byPortalId.GetValueOrDefault(row.Id) ?? (code is null ? null : _byPortalCode.GetValueOrDefault(code));
            if (unit is null)
            {
                _unlinked.TryAdd(row.Id, seen);
                continue;
            }

            if (unit.Archived)
            {
                continue;
            }

            if (unit.PortalId is null)
            {
                unit = unit with { PortalId = row.Id };
                link.Learned.Add(unit);
            }

            link.Units[unit.Code] = row.Metrics;
            link.ByCode[unit.Code] = unit;
        }

        return link;
    }

    /// <summary>Takes in a stored file's pairs and links, for the files after it.</summary>
    public void Commit(PortalLink link)
    {
        foreach (var seen in link.Seen)
        {
            _directory[seen.Id] = seen;
        }

        foreach (var seen in link.Seen.Where(unit => unit.Code is not null))
        {
            Pair(seen.Id, seen.Code!);
            if (_unlinked.TryGetValue(seen.Id, out var unlinked) && unlinked.Code is null)
            {
                _unlinked[seen.Id] = seen;
            }
        }

        foreach (var unit in link.Learned)
        {
            Index(unit);
        }
    }

    public IReadOnlyList<PortalUnit> Unlinked() => [.. _unlinked.Values.OrderBy(unit => unit.Code ?? "~" + unit.Name, StringComparer.Ordinal)];

    private void Index(Unit unit)
    {
        if (unit.PortalCode is { } code)
        {
            _byPortalCode[code] = unit;
        }

        if (unit.PortalId is { } id)
        {
            _byPortalId[id] = unit;
        }
    }

    private void Pair(string id, string code)
    {
        _codeOfId[id] = code;
        _idOfCode[code] = id;
    }

    private static PortalFileError Error(string detail, string unit) => new(PortalFileErrorKind.ConflictingIds, detail, unit);
}
