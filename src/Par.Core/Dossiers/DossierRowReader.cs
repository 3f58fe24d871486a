using System.Diagnostics.CodeAnalysis;
using Par.Core.Tabular;
using Par.Core.Text;

namespace Par.Core.Dossiers;

/// <summary>Reads the rows of one dossier file, remembering codes already seen in it.</summary>
internal sealed class DossierRowReader(ColumnMap columns, DossierImportScope scope, TimeZoneInfo zone, DateTime nowUtc)
{
    private readonly Dictionary<string, int> _firstRowOfId = new(StringComparer.Ordinal);

    public bool TryRead(TableRow row, [NotNullWhen(true)] out Dossier? dossier, [NotNullWhen(false)] out RejectedDossierRow? rejection)
    {
        dossier = null;
        if (!TryIdentity(row, out var unitCode, out var code, out rejection)
            || !TryText(row, DossierColumns.Procedure, DossierRowParser.MaxProcedureLength, out var procedure, out rejection)
            || !TryRequiredDate(row, DossierColumns.Received, DateOnlyMeaning.StartOfDay, out var received, out rejection)
            || !TryRequiredDate(row, DossierColumns.Due, DateOnlyMeaning.EndOfDay, out var due, out rejection)
            || !TryOptionalDate(row, DossierColumns.Finished, DateOnlyMeaning.EndOfDay, out var finished, out rejection)
            || !TryStatus(row, finished, out var status, out rejection))
        {
            return false;
        }

        if (due < received)
        {
            rejection = Reject(row, DossierRejection.DueBeforeReceived, DossierColumns.Due);
            return false;
        }

        if (finished < received)
        {
            rejection = Reject(row, DossierRejection.FinishedBeforeReceived, DossierColumns.Finished);
            return false;
        }

        dossier = new Dossier(unitCode, code, procedure, received, due, status, finished, nowUtc);
        return true;
    }

    private bool TryIdentity(TableRow row, out string unitCode, out string code, [NotNullWhen(false)] out RejectedDossierRow? rejection)
    {
        code = "";
        var unitCell = Cell(row, DossierColumns.Unit);
        if (scope.RequiresUnitColumn && unitCell.Length == 0)
        {
            unitCode = "";
            rejection = Reject(row, DossierRejection.MissingValue, DossierColumns.Unit);
            return false;
        }

        if (!scope.TryResolveUnit(unitCell, out unitCode))
        {
            rejection = Reject(row, DossierRejection.UnknownUnit, DossierColumns.Unit);
            return false;
        }

        if (!TryText(row, DossierColumns.Code, DossierRowParser.MaxCodeLength, out var written, out rejection))
        {
            return false;
        }

        code = written.ToUpperInvariant();
        var id = Dossier.IdOf(unitCode, code);
        if (_firstRowOfId.TryGetValue(id, out var firstRow))
        {
            rejection = Reject(row, DossierRejection.DuplicateCodeInFile, DossierColumns.Code) with { FirstRow = firstRow };
            return false;
        }

        _firstRowOfId.Add(id, row.Number);
        return true;
    }

    private bool TryText(TableRow row, string column, int maxLength, out string text, [NotNullWhen(false)] out RejectedDossierRow? rejection)
    {
        text = UserText.CleanLine(Cell(row, column));
        rejection = text.Length == 0 ? Reject(row, DossierRejection.MissingValue, column)
            : text.Length > maxLength ? Reject(row, DossierRejection.TooLong, column) with { MaxLength = maxLength }
            : null;
        return rejection is null;
    }

    private bool TryRequiredDate(TableRow row, string column, DateOnlyMeaning dateOnly, out DateTime utc, [NotNullWhen(false)] out RejectedDossierRow? rejection)
    {
        utc = default;
        if (!TryOptionalDate(row, column, dateOnly, out var value, out rejection))
        {
            return false;
        }

        if (value is null)
        {
            rejection = Reject(row, DossierRejection.MissingValue, column);
            return false;
        }

        utc = value.Value;
        return true;
    }

    /// <summary>Reads a date; a blank cell gives null.</summary>
    private bool TryOptionalDate(TableRow row, string column, DateOnlyMeaning dateOnly, out DateTime? utc, [NotNullWhen(false)] out RejectedDossierRow? rejection)
    {
        utc = null;
        rejection = null;
        var text = Cell(row, column);
        if (text.Length == 0)
        {
            return true;
        }

        if (!LocalDateParser.TryParse(text, zone, dateOnly, out var parsed))
        {
            rejection = Reject(row, DossierRejection.BadDate, column);
            return false;
        }

        utc = parsed;
        return true;
    }

    private bool TryStatus(TableRow row, DateTime? finished, out DossierStatus status, [NotNullWhen(false)] out RejectedDossierRow? rejection)
    {
        rejection = null;
        var text = Cell(row, DossierColumns.Status);
        if (text.Length == 0)
        {
            status = finished is null ? DossierStatus.Processing : DossierStatus.Done;
            return true;
        }

        if (!DossierStatusParser.TryParse(text, out status))
        {
            rejection = Reject(row, DossierRejection.UnknownStatus, DossierColumns.Status);
        }
        else if (status.IsOpen() && finished is not null)
        {
            rejection = Reject(row, DossierRejection.FinishedWhileProcessing, DossierColumns.Finished);
        }

        return rejection is null;
    }

    private string Cell(TableRow row, string column) => row[columns[column]];

    private RejectedDossierRow Reject(TableRow row, DossierRejection reason, string column) =>
        new(row.Number, reason, column, Cell(row, column));
}
