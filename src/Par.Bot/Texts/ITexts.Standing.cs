using Par.Core.Periods;

namespace Par.Bot.Texts;

/// <summary>Strings of where a unit stands: its place among the units that reported, and figures derived from months.</summary>
public partial interface ITexts
{
    /// <summary>The place counted among the units that reported, with the whole group's size beside it.</summary>
    string PlaceAmongReporters(int place, int reporters, int groupSize);

    /// <summary>Says, in <c>/rank</c>, that the unit had no report for the quarter or year and which months it was ranked on.</summary>
    string FiguresFromMonths(Period period, IReadOnlyList<Period> months);

    /// <summary>Marks, in <c>/top</c> and its picture, a unit ranked on figures derived from its months.</summary>
    string FromMonthsMark { get; }

    /// <summary>Explains <see cref="FromMonthsMark"/> under the leaderboard and the picture.</summary>
    string FromMonthsFootnote(Period period);

    string ExportReportersHeader { get; }

    string ExportFromMonthsHeader { get; }
}
