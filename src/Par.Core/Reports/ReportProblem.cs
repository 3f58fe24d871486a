using Par.Core.Indicators;
using Par.Core.Portal;

namespace Par.Core.Reports;

/// <summary>
/// One thing wrong with a report. <paramref name="Subject"/> is what the user wrote that is at fault:
/// the unit code, the period, or the <c>CODE=VALUE</c> piece.
/// </summary>
public sealed record ReportProblem(ReportProblemKind Kind, string Subject = "", ValueParseError? ValueError = null)
{
    /// <summary>The official figure a typed value would have replaced, for <see cref="ReportProblemKind.OfficialValue"/>.</summary>
    public OfficialFigure? Official { get; init; }

    /// <summary>True when the unit cannot be reported for (whatever the period and values).</summary>
    public bool IsAboutUnit => Kind is ReportProblemKind.UnknownUnit or ReportProblemKind.ArchivedUnit or ReportProblemKind.NotYourUnit;

    public static ReportProblem From(AssignmentError error) => error.Kind switch
    {
        AssignmentErrorKind.UnknownCode => new(ReportProblemKind.UnknownCode, error.Token),
        AssignmentErrorKind.DuplicateCode => new(ReportProblemKind.DuplicateCode, error.Token),
        AssignmentErrorKind.BadValue => new(ReportProblemKind.BadValue, error.Token, error.ValueError),
        _ => new(ReportProblemKind.Malformed, error.Token),
    };
}
