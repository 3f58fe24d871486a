using System.Diagnostics.CodeAnalysis;

namespace Par.Core.Indicators;

/// <summary>Either the value a unit reported or why it was refused.</summary>
public readonly record struct ValueParseResult
{
    private ValueParseResult(IndicatorValue? value, ValueParseError? error)
    {
        Value = value;
        Error = error;
    }

    public IndicatorValue? Value { get; }

    public ValueParseError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;

    public static ValueParseResult Success(IndicatorValue value) => new(value, null);

    public static ValueParseResult Failure(ValueParseError error) => new(null, error);
}
