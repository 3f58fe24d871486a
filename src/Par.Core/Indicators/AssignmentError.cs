namespace Par.Core.Indicators;

/// <summary>One refused piece of a report line, quoted as the user wrote it.</summary>
public sealed record AssignmentError(string Token, AssignmentErrorKind Kind, ValueParseError? ValueError = null);
