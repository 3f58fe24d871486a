using ScottPlot;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// The ranking picture: one horizontal bar per reporting unit, best at the top, the asker's unit highlighted and the
/// group average drawn as a line. Labels are Vietnamese, so the font must have its diacritics: DejaVu Sans when
/// installed, else whatever ScottPlot finds that renders the labels.
/// </summary>
public sealed class RankingChart(ILogger<RankingChart> logger)
{
    public const string FontName = "DejaVu Sans";

    /// <summary>Telegram shrinks tall photos; past this many bars the picture shows the top ones and the asker's unit.</summary>
    public const int MaxBars = 100;

    private const int Width = 1100;
    private const int BarHeight = 26;
    private const int Frame = 130;
    private const int MaxLabelLength = 42;

    // Properties, not static fields: a static field of ScottPlot's Color struct made loading this class (at start, for
    // the /top command) load ScottPlot too; now it loads with the first chart.
    private static Color Highlight => Color.FromHex("#E4572E");
    private static Color Normal => Color.FromHex("#4A7BB7");

    private readonly Lazy<bool> _fontInstalled = new(() =>
        string.Equals(Fonts.GetTypeface(FontName, bold: false, italic: false)?.FamilyName, FontName, StringComparison.OrdinalIgnoreCase));

    public byte[] Render(string title, IReadOnlyList<ChartBar> bars, double? average, string averageLabel, string axisLabel)
    {
        var shown = Fit(bars);
        using var plot = new Plot();
        SetFont(plot);
        var ticks = new List<Tick>();
        var plotted = new List<Bar>();
        for (var i = 0; i < shown.Count; i++)
        {
            var position = shown.Count - 1 - i;
            var bar = shown[i];
            plotted.Add(new Bar
            {
                Position = position, Value = bar.Score, FillColor = bar.Highlighted ? Highlight : Normal, LineWidth = 0,
                Orientation = Orientation.Horizontal, Label = bar.ScoreText,
            });
            ticks.Add(new Tick(position, Shorten(bar.Label), isMajor: true));
        }

        var barPlot = plot.Add.Bars(plotted);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 13;
        if (average is { } mean)
        {
            var line = plot.Add.VerticalLine(mean, 1.5f, Colors.Gray, LinePattern.Dashed);
            // In the legend, bottom right where the weakest (shortest) bars leave room, not on the line over the title or axis.
            line.LegendText = averageLabel;
            plot.ShowLegend(Alignment.LowerRight);
            plot.Legend.FontSize = 13;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, 11).Select(i => new Tick(i * 10, (i * 10).ToString(System.Globalization.CultureInfo.InvariantCulture), isMajor: true))]);
        plot.Axes.SetLimitsX(0, 108);
        plot.Axes.SetLimitsY(-0.6, shown.Count - 0.4);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Title(title);
        plot.XLabel(axisLabel);
        return plot.GetImageBytes(Width, Frame + (BarHeight * Math.Max(shown.Count, 3)), ImageFormat.Png);
    }

    private static List<ChartBar> Fit(IReadOnlyList<ChartBar> bars)
    {
        var shown = bars.Take(MaxBars).ToList();
        if (bars.Count > MaxBars && bars.Skip(MaxBars).FirstOrDefault(bar => bar.Highlighted) is { } own)
        {
            shown[^1] = own;
        }

        return shown;
    }

    private static string Shorten(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)] + "…";

    private void SetFont(Plot plot)
    {
        if (_fontInstalled.Value)
        {
            plot.Font.Set(FontName);
            return;
        }

        // Without DejaVu, let ScottPlot pick, label by label, an installed font that has the glyphs.
        logger.LogWarning("Font {Font} is not installed; the ranking picture uses whatever font renders its labels", FontName);
        plot.Font.Automatic();
    }
}
