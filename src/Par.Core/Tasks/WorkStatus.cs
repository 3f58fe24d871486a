namespace Par.Core.Tasks;

/// <summary>Where a task (or a coordinating unit's part of it) stands at a moment, in the words of the monitoring rules.</summary>
public enum WorkStatus
{
    /// <summary>Đang thực hiện trong hạn.</summary>
    InProgress,
    /// <summary>Quá hạn chưa hoàn thành.</summary>
    Overdue,
    /// <summary>Hoàn thành đúng hạn (an approved extension counts).</summary>
    DoneOnTime,
    /// <summary>Hoàn thành quá hạn.</summary>
    DoneLate,
}
