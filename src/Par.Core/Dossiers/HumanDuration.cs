using Humanizer;

namespace Par.Core.Dossiers;

/// <summary>
/// A lateness as people say it, in its largest unit from days down to minutes:
/// <c>3 ngày</c>, <c>5 giờ</c>, <c>30 phút</c> / <c>3 days</c>, <c>5 hours</c>. The sign is dropped;
/// the caller says "quá hạn" or "còn".
/// </summary>
public static class HumanDuration
{
    public static string Format(TimeSpan duration, Language language) =>
        duration.Duration().Humanize(precision: 1, culture: language.Culture, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Minute);
}
