using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>The preview of a merger and its confirm and cancel buttons (the outcome texts are with the ranking's).</summary>
public partial interface ITexts
{
    /// <summary>The new unit, each unit to archive with how many members it hands over, and that nothing has changed yet.</summary>
    string UnitMergePreview(UnitMerge merge, UnitGroup group);
    string UnitMergeConfirmButton { get; }
    string UnitMergeCancelButton { get; }
    string UnitMergeCancelled { get; }
}
