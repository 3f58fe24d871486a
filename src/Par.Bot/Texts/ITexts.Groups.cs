using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>How groups of units are named: the configured display name in the reader's language, never the code.</summary>
public partial interface ITexts
{
    /// <summary>Plain text, for buttons and files.</summary>
    string GroupName(UnitGroup group);
}
