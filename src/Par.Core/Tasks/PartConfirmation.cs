namespace Par.Core.Tasks;

/// <summary>A coordinating unit confirming its part of a task is done ("✅ Xong phần việc").</summary>
public sealed record PartConfirmation(string UnitCode, long By, DateTime AtUtc);
