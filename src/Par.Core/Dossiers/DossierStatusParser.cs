using Par.Core.Tabular;

namespace Par.Core.Dossiers;

/// <summary>
/// Reads a status as units write it — English names or the Vietnamese labels of one-stop-shop
/// exports — ignoring case, spacing, Unicode form and, failing an exact match, accents.
/// </summary>
public static class DossierStatusParser
{
    // Each status's English name first; the Vietnamese labels of the national software come before older local ones.
    private static readonly (DossierStatus Status, string[] Labels)[] Statuses =
    [
        (DossierStatus.Processing, ["processing", "registered", "received", "in progress", "Mới đăng ký", "Được tiếp nhận", "Đang xử lý", "Đang giải quyết", "Chờ xử lý", "Mới tiếp nhận"]),
        (DossierStatus.AwaitingSupplement, ["awaiting supplement", "supplement requested", "Yêu cầu bổ sung giấy tờ", "Chờ bổ sung", "Yêu cầu bổ sung", "Chờ bổ sung giấy tờ"]),
        (DossierStatus.AwaitingPayment, ["awaiting payment", "financial obligation", "Yêu cầu thực hiện nghĩa vụ tài chính", "Chờ thực hiện nghĩa vụ tài chính", "Thực hiện nghĩa vụ tài chính"]),
        (DossierStatus.Withdrawn, ["withdrawn", "Công dân yêu cầu rút hồ sơ", "Rút hồ sơ", "Đã rút hồ sơ"]),
        (DossierStatus.Stopped, ["stopped", "Dừng xử lý", "Đã dừng xử lý"]),
        (DossierStatus.Done, ["done", "finished", "processed", "Đã xử lý xong", "Đã trả kết quả", "Đã giải quyết", "Hoàn thành", "Đã hoàn thành", "Đã xử lý"]),
        (DossierStatus.Returned, ["returned", "not received", "refused", "Không được tiếp nhận", "Trả lại", "Đã trả lại", "Từ chối", "Đã từ chối"]),
    ];

    /// <summary>The statuses of the national one-stop-shop software, as its exports write them, in a dossier's order of life.</summary>
    public static IReadOnlyList<string> NationalLabels { get; } =
    [
        "Mới đăng ký", "Được tiếp nhận", "Không được tiếp nhận", "Đang xử lý", "Yêu cầu bổ sung giấy tờ", "Chờ bổ sung",
        "Yêu cầu thực hiện nghĩa vụ tài chính", "Công dân yêu cầu rút hồ sơ", "Dừng xử lý", "Đã xử lý xong", "Đã trả kết quả",
    ];

    /// <summary>One English name per status, open ones first.</summary>
    public static IReadOnlyList<string> EnglishNames { get; } = [.. Statuses.Select(entry => entry.Labels[0])];

    // Most cells are written exactly like one of the labels; they skip normalisation.
    private static readonly Dictionary<string, DossierStatus> Verbatim = Index(label => label, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, DossierStatus> Exact = Index(TextKey.Normalize);
    private static readonly Dictionary<string, DossierStatus> Folded = Index(TextKey.Fold);

    public static bool TryParse(string text, out DossierStatus status) =>
        Verbatim.TryGetValue(text.Trim(), out status)
        || Exact.TryGetValue(TextKey.Normalize(text), out status) || Folded.TryGetValue(TextKey.Fold(text), out status);

    // A label two statuses share, even only once accents are dropped, fails at first use rather than reading as one of them.
    private static Dictionary<string, DossierStatus> Index(Func<string, string> key, StringComparer? comparer = null) =>
        Statuses
            .SelectMany(entry => entry.Labels.Select(label => (Key: key(label), entry.Status)))
            .ToDictionary(entry => entry.Key, entry => entry.Status, comparer ?? StringComparer.Ordinal);
}
