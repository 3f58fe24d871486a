namespace Par.Core.Indicators;

/// <summary>
/// The default catalogue: the national real-time service index for citizens and businesses
/// (Decision 766/QĐ-TTg, 100 points in six areas). Splitting an area's points between its indicators is ours, not official.
/// </summary>
public static class DefaultIndicators
{
    private const string Disclosure = "Công khai, minh bạch";
    private const string Progress = "Tiến độ giải quyết";
    private const string OnlineServices = "Dịch vụ công trực tuyến";
    private const string OnlinePayment = "Thanh toán trực tuyến";
    private const string Satisfaction = "Mức độ hài lòng";
    private const string Digitisation = "Số hóa hồ sơ";

    public static IReadOnlyList<IndicatorDefinition> Items { get; } =
    [
        Percent("DISCLOSE", "Thủ tục hành chính được công khai đầy đủ, kịp thời", "Procedures fully and timely disclosed",
            Disclosure, "Publicity and transparency", 18, 100) with { ShortVi = "Công khai thủ tục", ShortEn = "Disclosure" },
        Ratio("ONTIME", "Hồ sơ được giải quyết trước hạn, đúng hạn", "Dossiers settled early or on time",
            Progress, "Settlement progress", 20, 100) with { ShortVi = "Giải quyết đúng hạn", ShortEn = "On-time settlement" },
        Percent("ONLINE", "Hồ sơ được nộp trực tuyến", "Dossiers submitted online",
            OnlineServices, "Online public services", 12, 50) with { ShortVi = "Nộp hồ sơ trực tuyến", ShortEn = "Online submission" },
        Percent("EPAY", "Hồ sơ có phí, lệ phí được thanh toán trực tuyến", "Fee-bearing dossiers paid online",
            OnlinePayment, "Online payment", 10, 80) with { ShortVi = "Thanh toán trực tuyến", ShortEn = "Online payment" },
        Ratio("FEEDBACK", "Phản ánh, kiến nghị được xử lý đúng hạn", "Citizens' feedback handled on time",
            Satisfaction, "Satisfaction", 6, 100) with { ShortVi = "Xử lý phản ánh, kiến nghị", ShortEn = "Feedback handling" },
        Percent("SATISFACTION", "Mức độ hài lòng về giải quyết thủ tục hành chính", "Satisfaction with settlement",
            Satisfaction, "Satisfaction", 12, 90) with { ShortVi = "Mức độ hài lòng", ShortEn = "Satisfaction" },
        Percent("ERESULT", "Kết quả giải quyết được cấp dưới dạng điện tử", "Results issued electronically",
            Digitisation, "Dossier digitisation", 11, 80) with { ShortVi = "Kết quả điện tử", ShortEn = "Electronic results" },
        Percent("DIGITIZE", "Hồ sơ được số hóa", "Dossiers digitised",
            Digitisation, "Dossier digitisation", 11, 80) with { ShortVi = "Số hóa hồ sơ", ShortEn = "Digitisation" },
    ];

    private static IndicatorDefinition Percent(
        string code, string nameVi, string nameEn, string area, string areaEn, decimal points, decimal target) =>
        new()
        {
            Code = code, NameVi = nameVi, NameEn = nameEn, Area = area, AreaEn = areaEn,
            Kind = IndicatorKind.Percent, Points = points, Target = target,
        };

    private static IndicatorDefinition Ratio(
        string code, string nameVi, string nameEn, string area, string areaEn, decimal points, decimal target) =>
        Percent(code, nameVi, nameEn, area, areaEn, points, target) with { Kind = IndicatorKind.Ratio };
}
