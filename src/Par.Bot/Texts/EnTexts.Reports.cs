using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    private const string ValueHint = "type a percent (e.g. 98.5) or numerator/denominator (e.g. 490/500)";

    public string BandName(Band band) => band switch
    {
        Band.Excellent => "excellent",
        Band.Good => "good",
        Band.Average => "average",
        _ => "weak",
    };

    public string GroupName(string group) => group.ToLowerInvariant() switch
    {
        "department" => "departments and agencies",
        "commune" => "communes, wards and special zones",
        "district" => "districts (before 2025)",
        _ => $"group {E(group)}",
    };

    public string BadPeriod(string text) =>
        $"period {Code(text)} is not valid; write a month <code>2025-04</code>, a quarter <code>2025-Q1</code> or a year <code>2025</code>";

    public string BadPeriodReply(string text) => $"❌ The {BadPeriod(text)}.";

    public string ReportUsage(bool isAdmin) =>
        "Reporting indicators:\n" +
        "<code>/report</code> — step by step: pick the period, then each indicator\n" +
        "<code>/report 2025-04 ONTIME=490/500 DISCLOSE=100 ONLINE=62.5%</code> — one line (some indicators are enough)\n" +
        "Or send a CSV/XLSX file with the columns <code>unit,period,ONTIME,DISCLOSE,…</code>" +
        (isAdmin ? "\nAdmins report for a unit with <code>/report UNIT 2025-04 ONTIME=490/500</code>" : "");

    public string ReportRefused(string unitCode, Period? period, IReadOnlyList<ReportProblem> problems, IndicatorCatalog catalog)
    {
        var lines = new List<string> { $"❌ <b>Not saved</b>: the report of {Code(unitCode)}{(period is null ? "" : $" for {period.Display("en")}")}:" };
        lines.AddRange(problems.Select(p => $"• {ReportProblemText(p)}"));
        if (problems.Any(p => p.Kind == ReportProblemKind.UnknownCode))
        {
            lines.Add($"Indicator codes: {string.Join(", ", catalog.Items.Select(i => Code(i.Code)))}");
        }

        lines.Add("Nothing was saved. Please correct it and send it again.");
        return string.Join('\n', lines);
    }

    public string ReportSaved(Unit unit, Period period, ReportOutcome outcome, ScoreCard card)
    {
        var lines = new List<string> { $"✅ Saved the report of {Bold(unit.Name)} for {period.Display("en")}:" };
        if (outcome.Changes.Count == 0)
        {
            lines.Add("Nothing changed: the values are the ones already reported.");
        }

        lines.AddRange(outcome.Changes.Select(c => c.Old is null
            ? $"• {Code(c.Code)}: {E(c.New.Display("en"))}"
            : $"• {Code(c.Code)}: {E(c.Old.Display("en"))} → {E(c.New.Display("en"))}"));
        lines.Add($"Score for the period: <b>{RankingNumbers.Score(card.Score, true)}</b> ({BandName(card.Band)}).");
        if (card.Missing.Count > 0)
        {
            lines.Add($"Not reported (0 points each): {string.Join(", ", card.Missing.Select(Code))}.");
        }

        return string.Join('\n', lines);
    }

    public string ReportImported(ReportImportResult result, IndicatorCatalog catalog)
    {
        var lines = new List<string>
        {
            $"<b>Report import:</b> saved {result.Saved} rows ({result.Changes} values changed), refused {result.Rejected.Count} rows.",
        };
        lines.AddRange(result.Rejected.Select(r => $"• Row {r.Number}: {string.Join("; ", r.Problems.Select(ReportProblemText))}"));
        if (result.Rejected.Any(r => r.Problems.Any(p => p.Kind == ReportProblemKind.BadValue)))
        {
            lines.Add($"In each indicator cell, {ValueHint}; leave it empty to keep the value.");
        }

        return string.Join('\n', lines);
    }

    public string ReportChoosePeriod(Unit unit) =>
        $"📋 Reporting indicators — {Bold(unit.Name)}\nPick the period (or type one, e.g. <code>2025-04</code>):";

    public string PeriodButton(Period period, bool locked) => (locked ? "🔒 " : "") + period.Display("en");

    public string PeriodIsLocked(Period period) => $"{period.Display("en")} is locked; its figures cannot change.";

    public string ReportAsk(
        Unit unit, Period period, IndicatorDefinition indicator, int number, int count, IndicatorValue? current, IndicatorValue? previous)
    {
        var known = current is not null ? $"Reported for this period: <b>{E(current.Display("en"))}</b>"
            : previous is not null ? $"Previous period: {E(previous.Display("en"))}"
            : "No figure for the previous period.";
        var how = indicator.Kind == IndicatorKind.Ratio
            ? "Type numerator/denominator (e.g. 490/500) or a percent (e.g. 98.5)."
            : "Type a percent (e.g. 98.5).";
        return $"{E(unit.Name)} — {period.Display("en")}\n" +
            $"<b>({number}/{count}) {E(indicator.NameEn)}</b> ({Code(indicator.Code)})\n" +
            $"Area: {E(indicator.AreaEn)} · up to {RankingNumbers.Rate(indicator.Points, true)} points · " +
            $"target {RankingNumbers.Rate(indicator.Target, true)}%\n" +
            $"{known}\n\n{how}";
    }

    public string ReportValueRefused(IndicatorDefinition indicator, string text, ValueParseError error) =>
        $"❌ {Code(text)}: {ValueProblem(error)}. Please type {Code(indicator.Code)} again.";

    public string ReportKeepButton(IndicatorValue current) => $"Keep ({current.Display("en")})";

    public string ReportUsePreviousButton(IndicatorValue previous) => $"Use previous ({previous.Display("en")})";

    public string ReportSkipButton => "Skip";

    public string ConfirmButton => "✅ Confirm";

    public string EditButton => "✏️ Edit";

    public string CancelButton => "Cancel";

    public string BackButton => "↩ Back";

    public string ReportSummary(Unit unit, Period period, ScoreCard card, IReadOnlySet<string> changed)
    {
        var lines = new List<string> { $"<b>Report summary of {E(unit.Name)} — {period.Display("en")}</b>" };
        lines.AddRange(card.Lines.Select(line =>
            $"{(changed.Contains(line.Code) ? "✏️" : "•")} {E(line.Indicator.ShortName("en"))}: " +
            $"{(line.Value is { } value ? E(value.Display("en")) : "not reported")} → " +
            $"{RankingNumbers.Score(line.Earned, true)}/{RankingNumbers.Rate(line.Points, true)} points"));
        lines.Add($"\nResulting score: <b>{RankingNumbers.Score(card.Score, true)}</b> ({BandName(card.Band)}).");
        lines.Add(changed.Count == 0
            ? "You have not entered a new value. Press Edit to enter one, or Cancel."
            : "Press <b>Confirm</b> to save (✏️ marks new values), or <b>Edit</b> to change them.");
        return string.Join('\n', lines);
    }

    public string ReportPickIndicator => "Pick the indicator to change:";

    public string ReportUseTheButtons => "Please press a button below, or send /cancel to drop this report.";

    public string ReportFlowBusy => "You are reporting step by step. Send /cancel to leave, then send the file again.";

    public string ReportNothingEntered => "You entered no new value, so nothing was saved.";

    public string PeriodUsage(IReadOnlyList<PeriodLock> locks) =>
        "Locking periods:\n" +
        "<code>/period lock 2025-04</code> — lock: units can no longer change the period's figures\n" +
        "<code>/period unlock 2025-04</code> — unlock\n" +
        (locks.Count == 0
            ? "No period is locked."
            : $"Locked periods: {string.Join(", ", locks.Select(l => Code(l.Period)).Order(StringComparer.Ordinal))}");

    public string PeriodLocked(Period period) =>
        $"🔒 Locked {period.Display("en")} ({Code(period.ToString())}). Units can no longer change its figures.";

    public string PeriodAlreadyLocked(Period period) => $"{period.Display("en")} was already locked.";

    public string PeriodUnlocked(Period period) => $"🔓 Unlocked {period.Display("en")}; units may correct their figures.";

    public string PeriodWasNotLocked(Period period) => $"{period.Display("en")} is not locked.";

    public string ReferenceUsage =>
        "Reference values (national averages published by the public service portal):\n" +
        "<code>/reference 2025-Q1 ERESULT=70.81 DIGITIZE=68.24</code> — record or correct\n" +
        "<code>/reference 2025-Q1</code> — show";

    public string ReferenceList(Period period, PeriodReferences? references, IndicatorCatalog catalog)
    {
        if (references is null || references.Rates.Count == 0)
        {
            return $"No reference values for {period.Display("en")}.";
        }

        var lines = new List<string> { $"<b>Reference values for {period.Display("en")}:</b>" };
        lines.AddRange(catalog.Items.Where(i => references.Rates.ContainsKey(i.Code)).Select(i =>
            $"• {E(i.NameEn)} ({Code(i.Code)}): {RankingNumbers.Rate(references.Rates[i.Code], true)}%"));
        return string.Join('\n', lines);
    }

    public string ReferenceRefused(IReadOnlyList<ReportProblem> problems, IndicatorCatalog catalog) =>
        "❌ Reference values not saved:\n" + string.Join('\n', problems.Select(p => $"• {ReportProblemText(p)}")) +
        (problems.Any(p => p.Kind == ReportProblemKind.UnknownCode)
            ? $"\nIndicator codes: {string.Join(", ", catalog.Items.Select(i => Code(i.Code)))}"
            : "") +
        "\nNothing was saved.";

    private string ReportProblemText(ReportProblem problem) => problem.Kind switch
    {
        ReportProblemKind.UnknownUnit => $"there is no unit {Code(problem.Subject)}",
        ReportProblemKind.ArchivedUnit => $"unit {Code(problem.Subject)} is no longer active",
        ReportProblemKind.NotYourUnit => $"you may report for your own unit only, not {Code(problem.Subject)}",
        ReportProblemKind.BadPeriod => BadPeriod(problem.Subject),
        ReportProblemKind.FuturePeriod => $"period {Code(problem.Subject)} has not started yet",
        ReportProblemKind.LockedPeriod => $"period {Code(problem.Subject)} is locked and its figures cannot change (ask the Department of Home Affairs)",
        ReportProblemKind.Malformed => $"{Code(problem.Subject)} is not CODE=VALUE",
        ReportProblemKind.UnknownCode => $"{Code(problem.Subject)}: no such indicator",
        ReportProblemKind.DuplicateCode => $"{Code(problem.Subject)}: the indicator is given twice",
        ReportProblemKind.BadValue => $"{Code(problem.Subject)}: {ValueProblem(problem.ValueError)}",
        ReportProblemKind.NoValues => "no value given (e.g. <code>ONTIME=490/500 DISCLOSE=100</code>)",
        ReportProblemKind.DuplicateRow => $"unit {Code(problem.Subject)} already has another row for the same period in the file",
        _ => E(problem.Subject),
    };

    private static string ValueProblem(ValueParseError? error) => error switch
    {
        ValueParseError.Empty => "the value is missing",
        ValueParseError.TooLong => "the value is too long",
        ValueParseError.Negative => "cannot be negative",
        ValueParseError.OverHundred => "a percent cannot be above 100%",
        ValueParseError.ZeroDenominator => "the denominator is 0; if there were no dossiers, type a percent (e.g. 100)",
        ValueParseError.NumeratorOverDenominator => "the numerator is larger than the denominator",
        ValueParseError.AmbiguousSeparator => "a thousands separator makes the number ambiguous; write it without (e.g. 1200/1500)",
        _ => $"not a number; {ValueHint}",
    };
}
