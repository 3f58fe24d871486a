namespace Par.Core.Indicators;

/// <summary>One <c>CODE=VALUE</c> of a report line, with the catalogue's spelling of the code.</summary>
public sealed record Assignment(string Code, IndicatorValue Value);
