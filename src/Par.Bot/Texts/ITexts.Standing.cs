using Par.Core.Periods;

namespace Par.Bot.Texts;

/// <summary>Strings of a unit ranked on figures derived from its months, for a quarter or year it did not report itself.</summary>
public partial interface ITexts
{
    /// <summary>Marks, in <c>/top</c> and its picture, a unit ranked on figures derived from its months.</summary>
    string FromMonthsMark { get; }

    /// <summary>Explains <see cref="FromMonthsMark"/> under the leaderboard and the picture.</summary>
    string FromMonthsFootnote(Period period);
}
