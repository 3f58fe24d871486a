using Par.Bot.Handlers.Documents;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>Strings of reporting: <c>/report</c> in its three forms, <c>/period</c>, <c>/reference</c>.</summary>
public partial interface ITexts
{
    string BandName(Band band);
    /// <summary>The period typed and every form a period may take, with examples from <paramref name="today"/>.</summary>
    string BadPeriod(string text, DateOnly today);
    string BadPeriodReply(string text, DateOnly today);

    string ReportUsage(bool isAdmin, DateOnly today);
    /// <param name="canUnlock">Whether the reader may unlock a locked period: they are told how, not whom to ask.</param>
    /// <param name="zone">The province's time zone, in which the day an official figure was imported is told.</param>
    string ReportRefused(
        string unitCode, Period? period, IReadOnlyList<ReportProblem> problems, IndicatorCatalog catalog, DateOnly today, bool canUnlock, TimeZoneInfo zone);
    string ReportSaved(Unit unit, Period period, ReportOutcome outcome, ScoreCard card);
    ImportReport ReportImported(ReportImportResult result, IndicatorCatalog catalog, DateOnly today, bool canUnlock, TimeZoneInfo zone);

    string ReportChoosePeriod(Unit unit, DateOnly today);
    string PeriodButton(Period period, bool locked);
    string PeriodIsLocked(Period period, bool canUnlock);
    /// <param name="official">How many indicators are not asked because the portal's official figures stand for them.</param>
    string ReportAsk(
        Unit unit, Period period, IndicatorDefinition indicator, int number, int count, IndicatorValue? current, IndicatorValue? previous, int official);
    string ReportValueRefused(IndicatorDefinition indicator, string text, ValueParseError error);
    string ReportKeepButton(IndicatorValue current);
    string ReportUsePreviousButton(IndicatorValue previous);
    string ReportSkipButton { get; }
    string ConfirmButton { get; }
    string EditButton { get; }
    string CancelButton { get; }
    string BackButton { get; }
    string ReportSummary(Unit unit, Period period, ScoreCard card, IReadOnlySet<string> changed);
    string ReportPickIndicator { get; }
    string ReportUseTheButtons { get; }
    string ReportFlowBusy { get; }
    string ReportNothingEntered { get; }
    /// <summary>The guided report has nothing to ask: the portal published every indicator of the unit for the period.</summary>
    string ReportAllOfficial(Unit unit, Period period);

    string PeriodUsage(IReadOnlyList<PeriodLock> locks, DateOnly today);
    string PeriodLocked(Period period);
    string PeriodAlreadyLocked(Period period);
    string PeriodUnlocked(Period period);
    string PeriodWasNotLocked(Period period);

    string ReferenceUsage(DateOnly today);
    string ReferenceList(Period period, PeriodReferences? references, IndicatorCatalog catalog);
    string ReferenceRefused(IReadOnlyList<ReportProblem> problems, IndicatorCatalog catalog);

    /// <summary>To the head: a deputy saved <paramref name="changes"/> values; <paramref name="before"/> is null for a first report.</summary>
    string DeputyReported(string deputy, Unit unit, Period period, int changes, decimal? before, decimal after);
}
