namespace Par.Core.Tabular.Xlsx;

/// <summary>The workbook inflates to more than <see cref="TableReadLimits.MaxUncompressedBytes"/>.</summary>
internal sealed class InflateBudgetExceededException : Exception
{
    public InflateBudgetExceededException()
        : base("The workbook inflates past the configured bound.")
    {
    }
}
