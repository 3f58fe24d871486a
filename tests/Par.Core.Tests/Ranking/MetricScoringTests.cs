using System.Globalization;
using Par.Core.Indicators;
using Par.Core.Ranking;
using Par.Core.Tests.Portal;

namespace Par.Core.Tests.Ranking;

/// <summary>Every rule of the portal's index (Decision 766) on the shipped catalogue, row by row.</summary>
public sealed class MetricScoringTests
{
    [Theory]
    // Công khai, minh bạch: linear; no procedures → not scored.
    [InlineData("PUBLISH_ON_TIME", "105", "131", "4.81")]
    [InlineData("PUBLISH_ON_TIME", "0", "0", null)]
    [InlineData("PUBLIC_UPDATE_ON_TIME", "59", "73", "3.23")]
    [InlineData("PUBLIC_UPDATE_ON_TIME", "0", "0", null)]
    [InlineData("PUBLIC_CONTENT_FULL", "1131", "1157", "1.96")]
    [InlineData("DOSSIER_SYNC", "26618", "28494", "5.60")]
    [InlineData("DOSSIER_SYNC", "0", "0", null)]
    // Tiến độ giải quyết: 20 × on time ÷ received; nothing received → 0.
    [InlineData("SETTLED_ON_TIME", "1166", "1627", "14.33")]
    [InlineData("SETTLED_ON_TIME", "0", "0", "0")]
    // Số hóa hồ sơ: capped at 100 %, and at 80 % for reuse.
    [InlineData("ORIGINAL_RESULT_AVAILABLE", "50", "100", "3.00")]
    [InlineData("ORIGINAL_RESULT_AVAILABLE", "0", "0", null)]
    [InlineData("SO_HOA_GIAY_TO_GIAI_QUYET", "100", "100", "4.00")]
    [InlineData("CITIZEN_DATA_CONNECTED_FORMALITY", "35", "52", "1.35")]
    [InlineData("REUSED_DIGITIZED_DATA", "40", "100", "1.00")]
    [InlineData("REUSED_DIGITIZED_DATA", "80", "100", "2.00")]
    [InlineData("REUSED_DIGITIZED_DATA", "95", "100", "2.00")]
    [InlineData("REUSED_DIGITIZED_DATA", "0", "0", null)]
    // Mức độ hài lòng: receiving capped at 90 %, no ratings → 0; petitions linear, none filed → full.
    [InlineData("DOSSIER_RECEIVING_SATISFACTION", "782", "1000", "5.21")]
    [InlineData("DOSSIER_RECEIVING_SATISFACTION", "90", "100", "6.00")]
    [InlineData("DOSSIER_RECEIVING_SATISFACTION", "99", "100", "6.00")]
    [InlineData("DOSSIER_RECEIVING_SATISFACTION", "0", "0", "0")]
    [InlineData("PETITION_PROCESSING_ON_TIME", "5", "8", "3.75")]
    [InlineData("PETITION_PROCESSING_ON_TIME", "0", "0", "6")]
    [InlineData("PETITION_HANDLING_SATISFACTION", "6", "8", "4.50")]
    [InlineData("PETITION_HANDLING_SATISFACTION", "0", "0", "6")]
    // Half up at .xx5, on the unrounded value: 6 × 961 ÷ 1200 = 4.805, 6 × 7 ÷ 16 = 2.625, 2 × 79 ÷ 80 = 1.975, 6 × 129 ÷ 160 ÷ 0.9 = 5.375.
    [InlineData("PUBLISH_ON_TIME", "961", "1200", "4.81")]
    [InlineData("PETITION_PROCESSING_ON_TIME", "7", "16", "2.63")]
    [InlineData("REUSED_DIGITIZED_DATA", "79", "100", "1.98")]
    [InlineData("DOSSIER_RECEIVING_SATISFACTION", "129", "160", "5.38")]
    public void A_metric_scores_by_its_rule(string code, string numerator, string denominator, string? expected)
    {
        var metric = Metric(code);

        var score = MetricScoring.Score(metric, new MetricCounts { Numerator = D(numerator), Denominator = D(denominator) });

        Assert.Equal(expected is null ? null : D(expected), score);
    }

    [Theory]
    [InlineData("ELECTRONIC_CERTIFIED_COPY", "100", "2")]
    [InlineData("ELECTRONIC_CERTIFIED_COPY", "50", "1")]
    [InlineData("REUSED_DIGITIZED_DATA", "60", "1.5")]
    [InlineData("PUBLISH_ON_TIME", "80.15", "4.81")]
    public void A_metric_published_with_a_rate_and_no_counts_scores_on_the_rate(string code, string ratio, string expected)
    {
        Assert.Equal(D(expected), MetricScoring.Score(Metric(code), new MetricCounts { Ratio = D(ratio) }));
    }

    [Fact]
    public void A_metric_with_neither_counts_nor_a_rate_is_not_scored()
    {
        Assert.Null(MetricScoring.Score(Metric("ELECTRONIC_CERTIFIED_COPY"), new MetricCounts()));
    }

    [Theory]
    // 6·A + min(2, 2.5·B) + 2.5·C; a term whose denominator is 0 counts 0; no cap at 10 on the sum.
    [InlineData("119/143 11/16 1/16", "6.87")]
    [InlineData("0/0 1/1 1/1", "4.50")]
    [InlineData("0/0 0/0 0/0", "0")]
    [InlineData("10/10 0/0 0/0", "6")]
    [InlineData("3/4 4/5 0/5", "6.50")]
    [InlineData("1/1 1/1 1/1", "10.50")]
    [InlineData("1/3 1/3 1/3", "3.67")]
    public void Online_payment_adds_its_three_capped_terms(string counts, string expected)
    {
        var parts = counts.Split(' ').Select(pair => pair.Split('/')).Select(pair => new PartCount(D(pair[0]), D(pair[1]))).ToList();

        Assert.Equal(D(expected), MetricScoring.Score(Metric("ONLINE_PAYMENT"), new MetricCounts { Parts = parts }));
    }

    [Fact]
    public void Online_payment_without_its_three_terms_is_not_scored()
    {
        Assert.Null(MetricScoring.Score(Metric("ONLINE_PAYMENT"), new MetricCounts { Parts = [new PartCount(1, 1)] }));
    }

    [Theory]
    [InlineData("6.2", "6.2")]
    [InlineData("0", "0")]
    [InlineData(null, null)]
    public void A_given_score_is_taken_as_published(string? given, string? expected)
    {
        var score = MetricScoring.Score(Metric("ONLINE_SERVICES"), new MetricCounts { Given = given is null ? null : D(given) });

        Assert.Equal(expected is null ? null : D(expected), score);
    }

    [Fact]
    public void A_group_adds_its_metrics_rounded_points_and_the_total_adds_the_groups()
    {
        // 2.625 + 2.625 rounds to 5.26 metric by metric, where the exact sum 5.25 would round to 5.25.
        var values = new Dictionary<string, IndicatorValue>
        {
            ["PETITION_PROCESSING_ON_TIME"] = IndicatorValue.Ratio(7, 16),
            ["PETITION_HANDLING_SATISFACTION"] = IndicatorValue.Ratio(7, 16),
            ["SETTLED_ON_TIME"] = IndicatorValue.Ratio(961, 1200),
        };

        var card = Scoring.Score(ShippedCatalogs.Portal, "SNV", values);
        var groups = card.Groups(ShippedCatalogs.Portal).ToDictionary(group => group.Group.Code, group => group.Earned);

        Assert.Equal(5.26m, groups["satisfaction"]);
        Assert.Equal(16.02m, groups["progress"]);
        Assert.Equal(0m, groups["transparency"]);
        Assert.Equal(21.28m, card.Score);
        Assert.Equal(card.Score, groups.Values.Sum());
    }

    private static IndicatorDefinition Metric(string code) =>
        ShippedCatalogs.Portal.TryGet(code, out var metric) ? metric : throw new ArgumentException(code);

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
