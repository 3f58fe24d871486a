using Par.Core.Tabular;

namespace Par.Core.Dossiers;

/// <summary>
/// Reads a status as units write it — English codes or the Vietnamese labels of one-stop-shop
/// exports — ignoring case, spacing, Unicode form and, failing an exact match, accents.
/// </summary>
public static class DossierStatusParser
{
    private static readonly (DossierStatus Status, string[] Labels)[] Statuses =
    [
        (DossierStatus.Processing, ["processing", "Đang xử lý", "Đang giải quyết", "Chờ xử lý", "Mới tiếp nhận"]),
        (DossierStatus.Done, ["done", "finished", "Đã giải quyết", "Hoàn thành", "Đã hoàn thành", "Đã trả kết quả", "Đã xử lý"]),
        (DossierStatus.Returned, ["returned", "Trả lại", "Đã trả lại", "Từ chối", "Đã từ chối"]),
    ];

    // Most cells are written exactly like one of the labels; they skip normalisation.
    private static readonly Dictionary<string, DossierStatus> Verbatim = Index(label => label, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, DossierStatus> Exact = Index(TextKey.Normalize);
    private static readonly Dictionary<string, DossierStatus> Folded = Index(TextKey.Fold);

    public static bool TryParse(string text, out DossierStatus status) =>
        Verbatim.TryGetValue(text.Trim(), out status)
        || Exact.TryGetValue(TextKey.Normalize(text), out status) || Folded.TryGetValue(TextKey.Fold(text), out status);

    private static Dictionary<string, DossierStatus> Index(Func<string, string> key, StringComparer? comparer = null) =>
        Statuses
            .SelectMany(entry => entry.Labels.Select(label => (Key: key(label), entry.Status)))
            .ToDictionary(entry => entry.Key, entry => entry.Status, comparer ?? StringComparer.Ordinal);
}
