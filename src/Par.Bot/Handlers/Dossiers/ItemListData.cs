using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// Callback data of list buttons. The page state travels in the data — <c>lp:KIND:UNIT:PAGE</c>,
/// <c>ld:KIND:UNIT:PAGE:DOSSIER</c>, <c>lx:UNIT</c> — so nothing is kept between presses and every press
/// recomputes the list from the store. A dossier code that would push the data past Telegram's 64 bytes
/// travels as <c>#</c> and a short hash of it.
/// </summary>
public static class ItemListData
{
    public const string PagePrefix = "lp";
    public const string DonePrefix = "ld";
    public const string FilePrefix = "lx";
    public const int MaxBytes = 64;
    private const char Hashed = '#';

    public static string Page(ItemListKind kind, string unitCode, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{PagePrefix}:{Letter(kind)}:{unitCode}:{page}");

    public static string Done(ItemListKind kind, string unitCode, int page, string dossierCode)
    {
        var data = string.Create(CultureInfo.InvariantCulture, $"{DonePrefix}:{Letter(kind)}:{unitCode}:{page}:");
        return Encoding.UTF8.GetByteCount(data + dossierCode) <= MaxBytes ? data + dossierCode : data + Hashed + Hash(dossierCode);
    }

    public static string File(string unitCode) => $"{FilePrefix}:{unitCode}";

    /// <summary>Reads <c>KIND:UNIT:PAGE</c>, the payload of a page button.</summary>
    public static bool TryParsePage(string payload, out ItemListKind kind, out string unitCode, out int page) =>
        TryParse(payload.Split(':', 3), out kind, out unitCode, out page);

    /// <summary>Reads <c>KIND:UNIT:PAGE:DOSSIER</c>, the payload of a ✅ button; the dossier part may hold colons.</summary>
    public static bool TryParseDone(string payload, out ItemListKind kind, out string unitCode, out int page, out string dossierKey)
    {
        var parts = payload.Split(':', 4);
        dossierKey = parts.Length == 4 ? parts[3] : "";
        var read = TryParse(parts[..Math.Min(parts.Length, 3)], out kind, out unitCode, out page);
        return read && dossierKey.Length > 0;
    }

    /// <summary>True when a ✅ button's key is a hash rather than the code itself.</summary>
    public static bool IsHashed(string dossierKey) => dossierKey[0] == Hashed;

    /// <summary>Whether a hashed key stands for <paramref name="dossierCode"/>.</summary>
    public static bool IsHashOf(string dossierKey, string dossierCode) => dossierKey.AsSpan(1).SequenceEqual(Hash(dossierCode));

    private static bool TryParse(string[] parts, out ItemListKind kind, out string unitCode, out int page)
    {
        kind = default;
        unitCode = "";
        page = 0;
        if (parts is not [var letter, var unit, var number] || unit.Length == 0
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return false;
        }

        unitCode = unit;
        return TryKind(letter, out kind);
    }

    private static string Letter(ItemListKind kind) => kind == ItemListKind.Late ? "l" : "o";

    private static bool TryKind(string letter, out ItemListKind kind)
    {
        kind = letter == "o" ? ItemListKind.Open : ItemListKind.Late;
        return letter is "l" or "o";
    }

    /// <summary>72 bits in 12 URL-safe characters: no two open dossiers of one unit will share it.</summary>
    private static string Hash(string dossierCode) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(dossierCode)).AsSpan(0, 9)).Replace('+', '-').Replace('/', '_');
}
