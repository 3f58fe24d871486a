namespace Par.Core.Indicators;

/// <summary>Why a reported value was refused.</summary>
public enum ValueParseError
{
    /// <summary>Nothing was given.</summary>
    Empty,

    /// <summary>Longer than <see cref="IndicatorValueParser.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>Not a number, a percent or a ratio.</summary>
    NotANumber,

    /// <summary>A number below zero.</summary>
    Negative,

    /// <summary>A percent above 100.</summary>
    OverHundred,

    /// <summary>A ratio whose denominator is zero (report 100 or 0 as a percent instead).</summary>
    ZeroDenominator,

    /// <summary>A ratio whose numerator is larger than its denominator.</summary>
    NumeratorOverDenominator,

    /// <summary>A ratio count such as <c>1,000</c> that may mean one thousand or one; write it without separators.</summary>
    AmbiguousSeparator,

    /// <summary>
    /// A bare fraction such as <c>0.95</c> in a file, where a spreadsheet without a percent format may mean 95 %;
    /// refused rather than stored as 0.95 %. Write 95 or 95%.
    /// </summary>
    BareFraction,
}
