using System.Globalization;
using System.Text;

namespace Par.Core.Tabular;

/// <summary>
/// Keys for comparing what people type or export: header names, statuses. Two texts that differ
/// only in Unicode form (NFC/NFD), case, spacing or <c>_ - .</c> separators get the same key.
/// </summary>
public static class TextKey
{
    /// <summary>NFC, lower-case, <c>_ - .</c> read as spaces, whitespace collapsed and trimmed.</summary>
    public static string Normalize(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var key = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '.')
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    /// <summary><see cref="Normalize"/> without diacritics: <c>Mã hồ sơ</c> and <c>ma ho so</c> share a key.</summary>
    public static string Fold(string text)
    {
        var decomposed = Normalize(text).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            key.Append(c == 'đ' ? 'd' : c);
        }

        return key.ToString();
    }
}
