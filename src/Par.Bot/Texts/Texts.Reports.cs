using Par.Bot.Handlers.Documents;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    public string BandName(Band band) => Say(band switch
    {
        Band.Excellent => Phrases.BandExcellent,
        Band.Good => Phrases.BandGood,
        Band.Average => Phrases.BandAverage,
        _ => Phrases.BandWeak,
    });

    public string BadPeriod(string text, DateOnly today) => Say(Phrases.BadPeriod, Code(Short(text)), PeriodForms(today));

    public string BadPeriodReply(string text, DateOnly today) => Say(Phrases.BadPeriodReply, Code(Short(text)), PeriodForms(today));

    public string ReportUsage(bool isAdmin, DateOnly today)
    {
        var month = ExampleMonth(today).ToString();
        return Say(Phrases.ReportUsage, month) + (isAdmin ? "\n" + Say(Phrases.ReportUsageForAdmin, month) : "");
    }

    public string ReportRefused(
        string unitCode, Period? period, IReadOnlyList<ReportProblem> problems, IndicatorCatalog catalog, DateOnly today, bool canUnlock, TimeZoneInfo zone)
    {
        var lines = new List<string>
        {
            period is null ? Say(Phrases.ReportRefused, Code(unitCode)) : Say(Phrases.ReportRefusedForPeriod, Code(unitCode), PeriodName(period)),
        };
        lines.AddRange(problems.Select(p => $"• {ReportProblemText(p, catalog, today, canUnlock, zone)}"));
        if (problems.Any(p => p.Kind == ReportProblemKind.UnknownCode))
            lines.Add(IndicatorCodes(catalog));
        lines.Add(Say(Phrases.ReportRefusedFooter));
        return string.Join('\n', lines);
    }

    public string DeputyReported(string deputy, Unit unit, Period period, int changes, decimal? before, decimal after) => before is { } old
        ? Say(Phrases.DeputyChangedReport, E(deputy), E(PeriodName(period)), Bold(unit.Name), changes, RankingNumbers.Score(old, language), RankingNumbers.Score(after, language))
        : Say(Phrases.DeputySentReport, E(deputy), E(PeriodName(period)), Bold(unit.Name), RankingNumbers.Score(after, language));

    public string ReportSaved(Unit unit, Period period, ReportOutcome outcome, ScoreCard card)
    {
        var lines = new List<string> { Say(Phrases.ReportSaved, Bold(unit.Name), PeriodName(period)) };
        if (outcome.Changes.Count == 0)
            lines.Add(Say(Phrases.ReportUnchanged));
        lines.AddRange(outcome.Changes.Select(c => c.Old is null
            ? $"• {Code(c.Code)}: {E(c.New.Display(language))}"
            : $"• {Code(c.Code)}: {E(c.Old.Display(language))} → {E(c.New.Display(language))}"));
        lines.Add(Say(Phrases.ReportScore, RankingNumbers.Score(card.Score, language), BandName(card.Band)));
        if (card.Missing.Count > 0)
            lines.Add(Say(Phrases.ReportMissing, CodeList(card.Missing)));
        return string.Join('\n', lines);
    }

    public ImportReport ReportImported(ReportImportResult result, IndicatorCatalog catalog, DateOnly today, bool canUnlock, TimeZoneInfo zone) => Report(
        Say(Phrases.ReportImportSummary, result.Saved, result.Changes, result.Rejected.Count),
        [.. result.Rejected.Select(r => new RejectedLine(r.Number, string.Join("; ", r.Problems.Select(p => ReportProblemText(p, catalog, today, canUnlock, zone)))))],
        result.Rejected.Any(r => r.Problems.Any(p => p.Kind == ReportProblemKind.BadValue)) ? Say(Phrases.ReportImportValueHint, Say(Phrases.ValueHint)) : null);

    public string ReportChoosePeriod(Unit unit, DateOnly today)
    {
        var (month, quarter) = (ExampleMonth(today), ExampleQuarter(today));
        return Say(Phrases.ReportChoosePeriod, Bold(unit.Name), Invariant($"{month.Number}/{month.Year}"), Invariant($"{quarter.Number}/{quarter.Year}"));
    }

    public string PeriodButton(Period period, bool locked) => (locked ? "🔒 " : "") + Capitalized(PeriodName(period));

    public string PeriodIsLocked(Period period, bool canUnlock) => canUnlock
        ? Say(Phrases.PeriodIsLockedForAdmin, PeriodName(period), period.ToString())
        : Say(Phrases.PeriodIsLocked, PeriodName(period));

    public string ReportAsk(
        Unit unit, Period period, IndicatorDefinition indicator, int number, int count, IndicatorValue? current, IndicatorValue? previous, int official)
    {
        var known = current is not null ? Say(Phrases.ReportAskCurrent, E(current.Display(language)))
            : previous is not null ? Say(Phrases.ReportAskPrevious, E(previous.Display(language)))
            : Say(Phrases.ReportAskNoPrevious);
        var how = Say(indicator.Kind == IndicatorKind.Ratio ? Phrases.ReportAskRatio : Phrases.ReportAskPercent);
        var ask = Say(
            Phrases.ReportAsk, E(unit.Name), PeriodName(period), number, count, E(indicator.Name(language)), Code(indicator.Code),
            E(indicator.AreaName(language)), RankingNumbers.Rate(indicator.Points, language), RankingNumbers.Percent(indicator.Target, language), known, how);
        // Said once, on the first question, so that the count of questions is not a surprise.
        return number == 1 && official > 0 ? Say(Phrases.ReportAskOfficial, official) + "\n\n" + ask : ask;
    }

    public string ReportValueRefused(IndicatorDefinition indicator, string text, ValueParseError error) =>
        Say(Phrases.ReportValueRefused, Code(text), ValueProblem(error), Code(indicator.Code));

    public string ReportKeepButton(IndicatorValue current) => Say(Phrases.ReportKeepButton, current.Display(language));

    public string ReportUsePreviousButton(IndicatorValue previous) => Say(Phrases.ReportUsePreviousButton, previous.Display(language));

    public string ReportSkipButton => Say(Phrases.ReportSkipButton);

    public string ConfirmButton => Say(Phrases.ConfirmButton);

    public string EditButton => Say(Phrases.EditButton);

    public string CancelButton => Say(Phrases.CancelButton);

    public string BackButton => Say(Phrases.BackButton);

    public string ReportSummary(Unit unit, Period period, ScoreCard card, IReadOnlySet<string> changed)
    {
        var lines = new List<string> { Say(Phrases.ReportSummary, E(unit.Name), PeriodName(period)) };
        lines.AddRange(card.Lines.Select(line => Say(
            Phrases.ReportSummaryLine,
            changed.Contains(line.Code) ? "✏️" : line.Official is not null ? "🏛" : "•",
            E(line.Indicator.ShortName(language)),
            SummaryValue(line),
            RankingNumbers.Score(line.Earned, language),
            RankingNumbers.Rate(line.Points, language))));
        if (card.Lines.Any(line => line.Official is not null))
            lines.Add(Say(Phrases.ReportSummaryOfficial));
        lines.Add("\n" + Say(Phrases.ReportExpectedScore, RankingNumbers.Score(card.Score, language), BandName(card.Band)));
        lines.Add(Say(changed.Count == 0 ? Phrases.ReportSummaryNothingNew : Phrases.ReportSummaryConfirm));
        return string.Join('\n', lines);
    }

    public string ReportPickIndicator => Say(Phrases.ReportPickIndicator);

    public string ReportUseTheButtons => Say(Phrases.ReportUseTheButtons);

    public string ReportFlowBusy => Say(Phrases.ReportFlowBusy);

    public string ReportNothingEntered => Say(Phrases.ReportNothingEntered);

    public string PeriodUsage(IReadOnlyList<PeriodLock> locks, DateOnly today) => Say(Phrases.PeriodUsage, ExampleMonth(today).ToString(), locks.Count == 0
        ? Say(Phrases.PeriodsNoneLocked)
        : Say(Phrases.PeriodsLocked, string.Join(", ", locks.Select(l => Code(l.Period)).Order(StringComparer.Ordinal))));

    public string PeriodLocked(Period period) => Say(Phrases.PeriodLocked, PeriodName(period), Code(period.ToString()));

    public string PeriodAlreadyLocked(Period period) => Say(Phrases.PeriodAlreadyLocked, PeriodName(period));

    public string PeriodUnlocked(Period period) => Say(Phrases.PeriodUnlocked, PeriodName(period));

    public string PeriodWasNotLocked(Period period) => Say(Phrases.PeriodWasNotLocked, PeriodName(period));

    public string ReferenceUsage(DateOnly today) => Say(Phrases.ReferenceUsage, ExampleQuarter(today).ToString());

    public string ReferenceList(Period period, PeriodReferences? references, IndicatorCatalog catalog)
    {
        if (references is null || references.Rates.Count == 0)
            return Say(Phrases.ReferenceNone, PeriodName(period));
        var lines = new List<string> { Say(Phrases.ReferenceTitle, PeriodName(period)) };
        lines.AddRange(catalog.Items.Where(i => references.Rates.ContainsKey(i.Code)).Select(i =>
            Say(Phrases.ReferenceLine, E(i.Name(language)), Code(i.Code), RankingNumbers.Percent(references.Rates[i.Code], language))));
        return string.Join('\n', lines);
    }

    public string ReferenceRefused(IReadOnlyList<ReportProblem> problems, IndicatorCatalog catalog)
    {
        var lines = new List<string> { Say(Phrases.ReferenceRefused) };
        lines.AddRange(problems.Select(p => $"• {ProblemText(p)}"));
        if (problems.Any(p => p.Kind == ReportProblemKind.UnknownCode))
            lines.Add(IndicatorCodes(catalog));
        lines.Add(Say(Phrases.ReferenceRefusedFooter));
        return string.Join('\n', lines);
    }

    /// <summary><c>tháng 4/2025</c>, <c>quý I/2025</c>, <c>năm 2025</c> in Vietnamese; <c>April 2025</c>, <c>Q1 2025</c>, <c>2025</c> in English.</summary>
    internal string PeriodName(Period period)
    {
        var year = period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            PeriodKind.Month => Say(Phrases.PeriodMonth, period.Number, language.Culture.DateTimeFormat.GetMonthName(period.Number), year),
            PeriodKind.Quarter => Say(Phrases.PeriodQuarter, period.Number, RomanQuarters[period.Number - 1], year),
            _ => Say(Phrases.PeriodYear, year),
        };
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private string IndicatorCodes(IndicatorCatalog catalog) => Say(Phrases.IndicatorCodes, CodeList(catalog.Items.Select(i => i.Code)));

    private string ReportProblemText(ReportProblem problem, IndicatorCatalog catalog, DateOnly today, bool canUnlock, TimeZoneInfo zone) => problem.Kind switch
    {
        ReportProblemKind.BadPeriod => BadPeriod(problem.Subject, today),
        ReportProblemKind.LockedPeriod => LockedPeriod(problem.Subject, canUnlock),
        ReportProblemKind.OfficialValue when problem.Official is { } figure => OfficialValueText(figure, catalog, zone),
        _ => ProblemText(problem),
    };

    /// <summary>A problem of a report or of reference values that is not about its period.</summary>
    private string ProblemText(ReportProblem problem) => problem.Kind switch
    {
        ReportProblemKind.UnknownUnit => Say(Phrases.UnitMissing, Code(Short(problem.Subject))),
        ReportProblemKind.ArchivedUnit => Say(Phrases.ReportUnitArchived, Code(Short(problem.Subject))),
        ReportProblemKind.NotYourUnit => Say(Phrases.ReportNotYourUnit, Code(Short(problem.Subject))),
        ReportProblemKind.FuturePeriod => Say(Phrases.ReportFuturePeriod, Code(Short(problem.Subject))),
        ReportProblemKind.Malformed => Say(Phrases.ReportMalformed, Code(Short(problem.Subject))),
        ReportProblemKind.UnknownCode => Say(Phrases.ReportUnknownCode, Code(Short(problem.Subject))),
        ReportProblemKind.DuplicateCode => Say(Phrases.ReportDuplicateCode, Code(Short(problem.Subject))),
        ReportProblemKind.BadValue => $"{Code(Short(problem.Subject))}: {ValueProblem(problem.ValueError)}",
        ReportProblemKind.NoValues => Say(Phrases.ReportNoValues),
        ReportProblemKind.DuplicateRow => Say(Phrases.ReportDuplicateRow, Code(Short(problem.Subject))),
        _ => E(Short(problem.Subject)),
    };

    private string ValueProblem(ValueParseError? error) => error switch
    {
        ValueParseError.Empty => Say(Phrases.ValueEmpty),
        ValueParseError.TooLong => Say(Phrases.ValueTooLong),
        ValueParseError.Negative => Say(Phrases.ValueNegative),
        ValueParseError.OverHundred => Say(Phrases.ValueOverHundred),
        ValueParseError.ZeroDenominator => Say(Phrases.ValueZeroDenominator),
        ValueParseError.NumeratorOverDenominator => Say(Phrases.ValueNumeratorOverDenominator),
        ValueParseError.AmbiguousSeparator => Say(Phrases.ValueAmbiguousSeparator),
        ValueParseError.BareFraction => Say(Phrases.ValueBareFraction),
        _ => Say(Phrases.ValueNotANumber, Say(Phrases.ValueHint)),
    };

    internal static partial class Phrases
    {
        public static readonly Phrase BandExcellent = new();
        public static readonly Phrase BandGood = new();
        public static readonly Phrase BandAverage = new();
        public static readonly Phrase BandWeak = new();
        public static readonly Phrase BadPeriod = new("period forms");
        public static readonly Phrase BadPeriodReply = new("period forms");
        public static readonly Phrase ReportUsage = new("month");
        public static readonly Phrase ReportUsageForAdmin = new("month");
        public static readonly Phrase ReportRefused = new("unit");
        public static readonly Phrase ReportRefusedForPeriod = new("unit period");
        public static readonly Phrase ReportRefusedFooter = new();
        public static readonly Phrase IndicatorCodes = new("codes");
        public static readonly Phrase ReportSaved = new("unit period");
        public static readonly Phrase ReportUnchanged = new();
        public static readonly Phrase ReportScore = new("score band");
        public static readonly Phrase DeputyChangedReport = new("deputy period unit changes before after", count: "changes");
        public static readonly Phrase DeputySentReport = new("deputy period unit score");
        public static readonly Phrase ReportMissing = new("codes");
        public static readonly Phrase ReportImportSummary = new("saved changes rejected");
        public static readonly Phrase ReportImportValueHint = new("hint");
        public static readonly Phrase ValueHint = new();
        public static readonly Phrase ReportChoosePeriod = new("unit month quarter");
        public static readonly Phrase PeriodIsLocked = new("period");
        public static readonly Phrase ReportAskCurrent = new("value");
        public static readonly Phrase ReportAskPrevious = new("value");
        public static readonly Phrase ReportAskNoPrevious = new();
        public static readonly Phrase ReportAskRatio = new();
        public static readonly Phrase ReportAskPercent = new();
        public static readonly Phrase ReportAsk = new("unit period number count indicator code area points target known how");
        public static readonly Phrase ReportValueRefused = new("value problem code");
        public static readonly Phrase ReportKeepButton = new("value");
        public static readonly Phrase ReportUsePreviousButton = new("value");
        public static readonly Phrase ReportSkipButton = new();
        public static readonly Phrase ConfirmButton = new();
        public static readonly Phrase EditButton = new();
        public static readonly Phrase CancelButton = new();
        public static readonly Phrase BackButton = new();
        public static readonly Phrase ReportSummary = new("unit period");
        public static readonly Phrase ReportSummaryLine = new("mark indicator value earned points");
        public static readonly Phrase NotReported = new();
        public static readonly Phrase ReportExpectedScore = new("score band");
        public static readonly Phrase ReportSummaryNothingNew = new();
        public static readonly Phrase ReportSummaryConfirm = new();
        public static readonly Phrase ReportPickIndicator = new();
        public static readonly Phrase ReportUseTheButtons = new();
        public static readonly Phrase ReportFlowBusy = new();
        public static readonly Phrase ReportNothingEntered = new();
        public static readonly Phrase PeriodUsage = new("month locks");
        public static readonly Phrase PeriodsNoneLocked = new();
        public static readonly Phrase PeriodsLocked = new("periods");
        public static readonly Phrase PeriodLocked = new("period code");
        public static readonly Phrase PeriodAlreadyLocked = new("period");
        public static readonly Phrase PeriodUnlocked = new("period");
        public static readonly Phrase PeriodWasNotLocked = new("period");
        public static readonly Phrase ReferenceUsage = new("quarter");
        public static readonly Phrase ReferenceNone = new("period");
        public static readonly Phrase ReferenceTitle = new("period");
        public static readonly Phrase ReferenceLine = new("indicator code rate");
        public static readonly Phrase ReferenceRefused = new();
        public static readonly Phrase ReferenceRefusedFooter = new();
        public static readonly Phrase PeriodMonth = new("number name year");
        public static readonly Phrase PeriodQuarter = new("number roman year");
        public static readonly Phrase PeriodYear = new("year");
        public static readonly Phrase ReportUnitArchived = new("unit");
        public static readonly Phrase ReportNotYourUnit = new("unit");
        public static readonly Phrase ReportFuturePeriod = new("period");
        public static readonly Phrase ReportLockedPeriod = new("period");
        public static readonly Phrase ReportMalformed = new("text");
        public static readonly Phrase ReportUnknownCode = new("code");
        public static readonly Phrase ReportDuplicateCode = new("code");
        public static readonly Phrase ReportNoValues = new();
        public static readonly Phrase ReportDuplicateRow = new("unit");
        public static readonly Phrase ValueEmpty = new();
        public static readonly Phrase ValueTooLong = new();
        public static readonly Phrase ValueNegative = new();
        public static readonly Phrase ValueOverHundred = new();
        public static readonly Phrase ValueZeroDenominator = new();
        public static readonly Phrase ValueNumeratorOverDenominator = new();
        public static readonly Phrase ValueAmbiguousSeparator = new();
        public static readonly Phrase ValueBareFraction = new();
        public static readonly Phrase ValueNotANumber = new("hint");
    }
}
