using Par.Bot.Texts;
using Par.Core.Indicators;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// The messages of the guided report, with their buttons (callback data <c>rp:NONCE:ACTION[:ARG]</c>, well under 64 bytes).
/// Indicators with the portal's official figure for the period are not asked: on a phone every question is a screen
/// to read and a button to press, and one whose answer would be refused is a screen wasted. They show in the summary.
/// </summary>
public sealed class ReportScreens(
    IReportStore reports, IPeriodLockStore locks, IndicatorCatalog catalog, ReportService service, OfficialValueRule official)
{
    public const string Prefix = "rp";

    /// <summary>The current month, the two before it and the last closed quarter.</summary>
    public static IReadOnlyList<Period> PeriodChoices(DateOnly today)
    {
        var month = Period.MonthOf(today);
        return [month, month.Previous(), month.Previous().Previous(), Period.QuarterOf(today).Previous()];
    }

    public (string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons) ChoosePeriod(ITexts t, Unit unit, ReportDraft draft, DateOnly today)
    {
        var buttons = PeriodChoices(today)
            .Select(period => new Button(t.PeriodButton(period, locks.IsLocked(period)), Data(draft, "p", period.ToString())))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .Append([new Button(t.CancelButton, Data(draft, "x"))]);
        return (t.ReportChoosePeriod(unit, today), [.. buttons]);
    }

    /// <summary>The catalogue positions of the indicators the guided report asks for the period: those without an official figure.</summary>
    public IReadOnlyList<int> Asked(Unit unit, Period period)
    {
        var metrics = official.Metrics(unit.Code, period);
        return [.. catalog.Items.Index().Where(item => metrics?.ContainsKey(item.Item.Code) != true).Select(item => item.Index)];
    }

    public (string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons) Ask(ITexts t, Unit unit, ReportDraft draft)
    {
        var period = draft.Period!;
        var indicator = catalog.Items[draft.Index];
        var asked = Asked(unit, period);
        // An import may have made the indicator official since it was asked; its answer is then refused on confirming.
        var number = asked.Count(index => index < draft.Index) + 1;
        var current = draft.Entered.GetValueOrDefault(indicator.Code) ?? reports.Find(unit.Code, period)?.Values.GetValueOrDefault(indicator.Code);
        var previous = PreviousValue(unit, period, indicator.Code);
        var index = draft.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        List<Button> choices = current is not null ? [new Button(t.ReportKeepButton(current), Data(draft, "k", index))]
            : previous is not null ? [new Button(t.ReportUsePreviousButton(previous), Data(draft, "u", index)), new Button(t.ReportSkipButton, Data(draft, "k", index))]
            : [new Button(t.ReportSkipButton, Data(draft, "k", index))];
        var text = t.ReportAsk(unit, period, indicator, number, Math.Max(number, asked.Count), current, previous, catalog.Items.Count - asked.Count);
        return (text, [choices, [new Button(t.CancelButton, Data(draft, "x"))]]);
    }

    public (string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons) Summary(ITexts t, Unit unit, ReportDraft draft)
    {
        var (card, changed) = Preview(unit, draft);
        return (t.ReportSummary(unit, draft.Period!, card, changed),
        [
            [new Button(t.ConfirmButton, Data(draft, "ok")), new Button(t.EditButton, Data(draft, "ed"))],
            [new Button(t.CancelButton, Data(draft, "x"))],
        ]);
    }

    public (string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons) Pick(ITexts t, Unit unit, ReportDraft draft)
    {
        var (_, changed) = Preview(unit, draft);
        var buttons = Asked(unit, draft.Period!)
            .Select(i => new Button(
                (changed.Contains(catalog.Items[i].Code) ? "✏️ " : "") + catalog.Items[i].ShortName(t.Language),
                Data(draft, "e", i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .Append([new Button(t.BackButton, Data(draft, "s"))]);
        return (t.ReportPickIndicator, [.. buttons]);
    }

    /// <summary>The unit's value for the indicator in the period before, offered for reuse.</summary>
    public IndicatorValue? PreviousValue(Unit unit, Period period, string code) =>
        reports.Find(unit.Code, period.Previous())?.Values.GetValueOrDefault(code);

    /// <summary>The score the report would have once confirmed, and which indicators the user changed.</summary>
    private (ScoreCard Card, IReadOnlySet<string> Changed) Preview(Unit unit, ReportDraft draft)
    {
        var stored = reports.Find(unit.Code, draft.Period!)?.Values ?? new Dictionary<string, IndicatorValue>();
        var merged = new Dictionary<string, IndicatorValue>(stored, StringComparer.OrdinalIgnoreCase);
        var changed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, value) in draft.Entered)
        {
            if (!value.Equals(stored.GetValueOrDefault(code)))
            {
                changed.Add(code);
            }

            merged[code] = value;
        }

        return (service.Score(unit.Code, draft.Period!, merged), changed);
    }

    private static string Data(ReportDraft draft, string action, string? argument = null) =>
        argument is null ? $"{Prefix}:{draft.Nonce}:{action}" : $"{Prefix}:{draft.Nonce}:{action}:{argument}";
}
