using Microsoft.Extensions.Options;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Storage;
using Par.Core.Tasks;
using Par.Core.Tests.Dossiers;
using Par.Core.Tests.Storage;
using Par.Core.Units;

namespace Par.Core.Tests.Tasks;

public sealed class TaskServiceTests : IDisposable
{
    private static readonly DateTime Now = Zones.Utc(2025, 5, 20, 1);
    private readonly TempDatabase _temp = new();
    private readonly LiteTaskStore _tasks;
    private readonly TaskService _service;

    public TaskServiceTests()
    {
        var units = new LiteUnitStore(_temp.Db);
        new UnitService(units, new UnitGroups(Options.Create(new UnitGroupOptions()))).Save("SNV", "Sở Nội vụ", "department");
        units.Upsert(new Unit { Code = "OLD", Name = "Cũ", Group = "department", Archived = true });
        _tasks = new LiteTaskStore(_temp.Db);
        _service = new TaskService(_tasks, units);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("NOPE", 24, "Rà soát", TaskProblem.UnknownUnit)]
    [InlineData("OLD", 24, "Rà soát", TaskProblem.UnknownUnit)]
    [InlineData("SNV", -1, "Rà soát", TaskProblem.DeadlineInPast)]
    [InlineData("SNV", 24, "  ", TaskProblem.MissingDescription)]
    public void Bad_assignments_are_refused_and_store_nothing(string unit, int dueInHours, string description, TaskProblem expected)
    {
        var outcome = _service.Assign(unit, Now.AddHours(dueInHours), description, 9001, Now);

        Assert.Equal(expected, outcome.Problem);
        Assert.Empty(_tasks.ListAll());
    }

    [Fact]
    public void A_description_too_long_is_refused() =>
        Assert.Equal(TaskProblem.DescriptionTooLong, _service.Assign("SNV", Now.AddDays(1), new string('x', TaskService.MaxDescriptionLength + 1), 9001, Now).Problem);

    [Fact]
    public void An_assignment_names_the_unit_as_stored()
    {
        var outcome = _service.Assign("snv", Now.AddDays(1), " Rà soát 15 TTHC ", 9001, Now);

        Assert.Equal(("SNV", "Rà soát 15 TTHC", "T-1"), (outcome.Task!.UnitCode, outcome.Task.Description, outcome.Task.Code));
    }

    [Fact]
    public void Only_the_units_members_or_an_admin_finish_a_task_and_only_once()
    {
        var task = _service.Assign("SNV", Now.AddDays(1), "Rà soát", 9001, Now).Task!;

        Assert.Equal(TaskProblem.OtherUnit, _service.Finish(task.Number, new Actor(1, Role.Head, "STP"), "xong", Now).Problem);
        Assert.Equal(TaskProblem.OtherUnit, _service.Finish(task.Number, new Actor(2, Role.Stranger, null), "xong", Now).Problem);
        Assert.Equal(TaskProblem.MissingResult, _service.Finish(task.Number, new Actor(1, Role.Deputy, "SNV"), " ", Now).Problem);
        Assert.Equal(TaskProblem.NotFound, _service.Finish(99, new Actor(1, Role.Deputy, "SNV"), "xong", Now).Problem);
        Assert.Equal(501L, _service.Finish(task.Number, new Actor(501, Role.Deputy, "snv"), "Đã xong", Now).Task!.FinishedBy);
        Assert.Equal(TaskProblem.AlreadyFinished, _service.Finish(task.Number, new Actor(9001, Role.Admin, null), "lại", Now).Problem);
    }

    [Fact]
    public void Task_and_result_texts_keep_their_lines_and_lose_control_and_bidi_characters()
    {
        var task = _service.Assign("SNV", Now.AddDays(1), "Rà soát\u0007\n\u202Ethủ tục\u202C\r\nnộp\0 báo cáo", 9001, Now).Task!;
        var done = _service.Finish(task.Number, new Actor(501, Role.Deputy, "SNV"), "\u001b[2JĐã\tnộp\u2066", Now).Task!;

        Assert.Equal("Rà soát\nthủ tục\nnộp báo cáo", _tasks.Find(task.Number)!.Description);
        Assert.Equal("[2JĐã\tnộp", done.Result);
        Assert.Equal(TaskProblem.MissingDescription, _service.Assign("SNV", Now.AddDays(1), "\0\u202E\a", 9001, Now).Problem);
    }
}
