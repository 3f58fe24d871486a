using System.IO.Compression;
using System.Xml;

namespace Par.Core.Tabular.Xlsx;

/// <summary>
/// Reads the first sheet of an XLSX workbook row by row, knowing each cell's number format, so a percent cell
/// holding 0.95 reads as <c>95%</c> and a date cell as a date.
/// </summary>
/// <remarks>
/// Hand-written over <see cref="ZipArchive"/> and <see cref="XmlReader"/> rather than MiniExcel because a user's
/// file is untrusted: MiniExcel neither exposes number formats nor lets a read stop once a cell or the inflated
/// workbook grows past a bound, and a 409 KB zip can hold a 400 MB cell.
/// </remarks>
internal static class XlsxTable
{
    public static TableReadResult Read(Stream workbook, TableReadLimits limits)
    {
        try
        {
            using var archive = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            var budget = new InflateBudget(limits.MaxUncompressedBytes);
            var package = new XlsxPackage(archive, budget);
            var sheet = package.FirstSheetPath() is { } path ? archive.GetEntry(path) : null;
            if (sheet is null)
            {
                return TableReadResult.Fail(TableErrorKind.Unreadable, "sheet");
            }

            var strings = XlsxSharedStrings.Read(package, limits.MaxCellChars);
            var formats = XlsxStyles.Read(package);
            using var stream = budget.Open(sheet);
            return new XlsxSheetReader(strings, formats, limits).Read(stream);
        }
        catch (InflateBudgetExceededException)
        {
            return TableReadResult.Fail(TableErrorKind.TooLarge, $"{limits.MaxUncompressedBytes / (1024 * 1024)} MB");
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or IOException or FormatException or OverflowException or ArgumentException)
        {
            // A user's file is untrusted input: any malformed part means we cannot read it.
            return TableReadResult.Fail(TableErrorKind.Unreadable, exception.GetType().Name);
        }
    }
}
