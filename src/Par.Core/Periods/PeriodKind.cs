namespace Par.Core.Periods;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}
