using System.Globalization;
using System.Text.RegularExpressions;

namespace Par.Bot.Tests.Metrics;

/// <summary>
/// Reads Prometheus' text exposition format strictly: every line is a # HELP, # TYPE or # EOF comment or a sample
/// <c>name{label="value",…} number</c>; anything else fails the test, naming the line.
/// </summary>
internal static partial class PrometheusText
{
    /// <summary>Each sample's value by its name and labels as written, e.g. <c>par_sends_total{otel_scope_name="Par",outcome="ok"}</c>.</summary>
    public static IReadOnlyDictionary<string, double> Parse(string text)
    {
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || Comment().IsMatch(line))
                continue;
            var sample = Sample().Match(line);
            if (!sample.Success)
                throw new FormatException($"Not Prometheus text: '{line}'");
            var value = sample.Groups["value"].Value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                "NaN" => double.NaN,
                var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
            if (!samples.TryAdd(sample.Groups["series"].Value, value))
                throw new FormatException($"Series written twice: '{line}'");
        }
        return samples;
    }

    /// <summary>The sum over every series of <paramref name="name"/> whose labels include all of <paramref name="labels"/> (<c>outcome="ok"</c>).</summary>
    public static double Sum(IReadOnlyDictionary<string, double> samples, string name, params string[] labels) =>
        samples.Where(s => (s.Key == name || s.Key.StartsWith(name + "{", StringComparison.Ordinal)) && labels.All(s.Key.Contains)).Sum(s => s.Value);

    [GeneratedRegex(@"^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*$|^# EOF$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(?<series>[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*=""(\\.|[^""\\])*""(,[a-zA-Z_][a-zA-Z0-9_]*=""(\\.|[^""\\])*"")*\})?) (?<value>[-+]?[0-9.]+([eE][-+]?[0-9]+)?|\+Inf|-Inf|NaN)( -?\d+)?$")]
    private static partial Regex Sample();
}
