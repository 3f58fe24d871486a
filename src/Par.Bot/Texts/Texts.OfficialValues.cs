using Par.Bot.Portal;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Ranking;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

/// <summary>A report meeting the portal's official figures: why a typed value is refused, and what the guided form does not ask.</summary>
public sealed partial class Texts
{
    public string ReportAllOfficial(Unit unit, Period period) => Say(Phrases.ReportAllOfficial, Bold(unit.Name), PeriodName(period));

    /// <summary>The official figure a typed value would have replaced: its rate, its score, and when and how it came (a file, the scheduled fetch).</summary>
    private string OfficialValueText(OfficialFigure figure, IndicatorCatalog catalog, TimeZoneInfo zone)
    {
        var metric = figure.Metric;
        var indicator = catalog.TryGet(metric.Code, out var found) ? found : null;
        var score = metric.Official is { } earned && indicator is not null
            ? Say(Phrases.ReportOfficialScore, RankingNumbers.Score(earned, language), RankingNumbers.Rate(indicator.Points, language))
            : Say(Phrases.PortalNotScored);
        var shown = OfficialRate(metric) is { } rate ? $"{RankingNumbers.Percent(rate, language)} — {score}" : score;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(figure.ImportedUtc, DateTimeKind.Utc), zone));
        var source = Say(figure.ImportedBy == PortalFetch.ScheduledImporter ? Phrases.ReportOfficialFetched : Phrases.ReportOfficialFromFile, Day(day));
        return Say(Phrases.ReportOfficialValue, E(indicator?.ShortName(language) ?? metric.Code), PeriodName(figure.Period), source, shown);
    }

    /// <summary>The summary's value of a metric: an official one the portal did not score (no cases) says so.</summary>
    private string SummaryValue(ScoreLine line) => line.Value is { } value ? E(value.Display(language))
        : Say(line.Official is null ? Phrases.NotReported : Phrases.PortalNotScored);

    /// <summary>The published rate, else the rate of the published counts; null when the portal gave neither.</summary>
    private static decimal? OfficialRate(OfficialMetric metric) => metric.Ratio
        ?? (metric is { Numerator: { } numerator, Denominator: > 0 and var denominator } ? numerator * 100 / denominator : null);

    internal static partial class Phrases
    {
        public static readonly Phrase ReportOfficialValue = new("indicator period source figure");
        public static readonly Phrase ReportOfficialFromFile = new("day");
        public static readonly Phrase ReportOfficialFetched = new("day");
        public static readonly Phrase ReportOfficialScore = new("earned points");
        public static readonly Phrase ReportAllOfficial = new("unit period");
        public static readonly Phrase ReportAskOfficial = new("count", count: "count");
        public static readonly Phrase ReportSummaryOfficial = new();
    }
}
