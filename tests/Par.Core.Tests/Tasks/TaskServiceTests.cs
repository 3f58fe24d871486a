using Microsoft.Extensions.Options;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Tasks;
using Par.Core.Tests.Dossiers;
using Par.Core.Tests.Storage;
using Par.Core.Units;

namespace Par.Core.Tests.Tasks;

public sealed class TaskServiceTests : IDisposable
{
    private static readonly DateTime Now = Zones.Utc(2025, 5, 20, 1);
    private static readonly Actor Admin = new(9001, Role.Admin, null);
    private static readonly Actor SnvHead = new(501, Role.Head, "SNV");
    private static readonly Actor SnvDeputy = new(502, Role.Deputy, "SNV");
    private static readonly Actor StpHead = new(601, Role.Head, "STP");
    private readonly TempDatabase _temp = new();
    private readonly LiteTaskStore _tasks;
    private readonly TaskService _service;

    public TaskServiceTests()
    {
        var units = new LiteUnitStore(_temp.Db);
        var unitService = new UnitService(units, new UnitGroups(Options.Create(new UnitGroupOptions())));
        unitService.Save("SNV", "Sở Nội vụ", "department");
        unitService.Save("STP", "Sở Tư pháp", "department");
        units.Upsert(new Unit { Code = "OLD", Name = "Cũ", Group = "department", Archived = true });
        var members = new LiteMemberStore(_temp.Db);
        members.Upsert(new Member { UserId = 501, ChatId = 501, UnitCode = "SNV", UnitRole = Role.Head });
        members.Upsert(new Member { UserId = 502, ChatId = 502, UnitCode = "SNV", UnitRole = Role.Deputy });
        members.Upsert(new Member { UserId = 601, ChatId = 601, UnitCode = "STP", UnitRole = Role.Head });
        _tasks = new LiteTaskStore(_temp.Db);
        _service = new TaskService(_tasks, units, members);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("NOPE", "", 24, "Rà soát", TaskProblem.UnknownUnit, "NOPE")]
    [InlineData("OLD", "", 24, "Rà soát", TaskProblem.UnknownUnit, "OLD")]
    [InlineData("SNV", "NOPE", 24, "Rà soát", TaskProblem.UnknownUnit, "NOPE")]
    [InlineData("SNV", "snv", 24, "Rà soát", TaskProblem.CoordinatorIsLead, "SNV")]
    [InlineData("SNV", "STP", -1, "Rà soát", TaskProblem.DeadlineInPast, null)]
    [InlineData("SNV", "", 24, "  ", TaskProblem.MissingDescription, null)]
    public void Bad_assignments_are_refused_and_store_nothing(string lead, string coordinator, int dueInHours, string description, TaskProblem expected, string? about)
    {
        var outcome = _service.Assign(Draft(lead, dueInHours, description, coordinator), 9001, Now);

        Assert.Equal((expected, about), (outcome.Problem, outcome.About));
        Assert.Empty(_tasks.ListAll());
    }

    [Fact]
    public void A_description_too_long_is_refused() =>
        Assert.Equal(TaskProblem.DescriptionTooLong, _service.Assign(Draft("SNV", 24, new string('x', TaskService.MaxDescriptionLength + 1)), 9001, Now).Problem);

    [Fact]
    public void An_assignment_names_the_units_as_stored_and_starts_the_history()
    {
        var outcome = _service.Assign(Draft("snv", 24, " Rà soát 15 TTHC ", "stp") with { ExpectedResult = " Báo cáo " }, 9001, Now);

        var task = outcome.Task!;
        Assert.Equal(("SNV", "Rà soát 15 TTHC", "T-1", "Báo cáo"), (task.UnitCode, task.Description, task.Code, task.ExpectedResult));
        Assert.Equal(["STP"], task.Coordinators);
        Assert.Equal(new TaskHistoryEntry(9001, Now, TaskEventKind.Assigned), Assert.Single(task.History));
    }

    [Fact]
    public void Only_the_lead_units_members_or_an_admin_finish_a_task_and_only_once()
    {
        var task = Assign();

        Assert.Equal(TaskProblem.OtherUnit, _service.Finish(task.Number, StpHead, "xong", null, Now).Problem);
        Assert.Equal(TaskProblem.OtherUnit, _service.Finish(task.Number, new Actor(2, Role.Stranger, null), "xong", null, Now).Problem);
        Assert.Equal(TaskProblem.MissingResult, _service.Finish(task.Number, SnvDeputy, " ", null, Now).Problem);
        Assert.Equal(TaskProblem.NotFound, _service.Finish(99, SnvDeputy, "xong", null, Now).Problem);
        var done = _service.Finish(task.Number, SnvDeputy, "Đã xong", File("file-1"), Now).Task!;
        Assert.Equal((502L, File("file-1"), TaskEventKind.Finished, File("file-1")), (done.FinishedBy!.Value, done.ResultFile, done.History[^1].Kind, done.History[^1].Evidence));
        Assert.Equal(TaskProblem.AlreadyFinished, _service.Finish(task.Number, Admin, "lại", null, Now).Problem);
    }

    [Fact]
    public void The_lead_units_head_names_a_member_of_the_lead_unit_as_responsible()
    {
        var task = Assign();

        Assert.Equal(TaskProblem.NotLeadHead, _service.NameResponsible(task.Number, SnvDeputy, 502, Now).Problem);
        Assert.Equal(TaskProblem.NotLeadHead, _service.NameResponsible(task.Number, StpHead, 502, Now).Problem);
        Assert.Equal(TaskProblem.NotLeadMember, _service.NameResponsible(task.Number, SnvHead, 601, Now).Problem);
        Assert.Null(_tasks.Find(task.Number)!.ResponsibleId);
        Assert.Equal(502L, _service.NameResponsible(task.Number, SnvHead, 502, Now).Task!.ResponsibleId);
    }

    [Fact]
    public void A_coordinating_unit_confirms_its_part_once_and_others_cannot()
    {
        var task = Assign();

        Assert.Equal(TaskProblem.NotCoordinator, _service.ConfirmPart(task.Number, SnvHead, Now).Problem);
        var confirmed = _service.ConfirmPart(task.Number, StpHead, Now.AddHours(1)).Task!;
        Assert.Equal(new PartConfirmation("STP", 601, Now.AddHours(1)), Assert.Single(confirmed.Confirmations));
        Assert.Equal(TaskProblem.AlreadyConfirmed, _service.ConfirmPart(task.Number, StpHead, Now).Problem);
    }

    [Fact]
    public void Notes_come_from_the_lead_or_a_coordinator_with_text_or_a_file()
    {
        var task = Assign();

        Assert.Equal(TaskProblem.OtherUnit, _service.AddNote(task.Number, new Actor(7, Role.Head, "SYT"), "x", null, Now).Problem);
        Assert.Equal(TaskProblem.MissingNote, _service.AddNote(task.Number, SnvDeputy, " ", null, Now).Problem);
        Assert.Equal(TaskProblem.NoteTooLong, _service.AddNote(task.Number, SnvDeputy, new string('x', TaskService.MaxNoteLength + 1), null, Now).Problem);
        var noted = _service.AddNote(task.Number, StpHead, "", File("file-9"), Now).Task!;
        Assert.Equal(new TaskHistoryEntry(601, Now, TaskEventKind.Note, null, File("file-9")), noted.History[^1]);
    }

    [Fact]
    public void An_extension_is_asked_by_the_lead_before_the_deadline_and_decided_by_an_admin()
    {
        var task = Assign();
        var due = task.DueUtc;

        Assert.Equal(TaskProblem.OtherUnit, _service.RequestExtension(task.Number, StpHead, due.AddDays(5), "lý do", Now).Problem);
        Assert.Equal(TaskProblem.OtherUnit, _service.RequestExtension(task.Number, Admin, due.AddDays(5), "lý do", Now).Problem);
        Assert.Equal(TaskProblem.ExtensionAfterDeadline, _service.RequestExtension(task.Number, SnvHead, due.AddDays(5), "lý do", due.AddMinutes(1)).Problem);
        Assert.Equal(TaskProblem.ExtensionNotLater, _service.RequestExtension(task.Number, SnvHead, due, "lý do", Now).Problem);
        Assert.Equal(TaskProblem.MissingReason, _service.RequestExtension(task.Number, SnvHead, due.AddDays(5), " ", Now).Problem);
        Assert.Equal(TaskProblem.NoPendingExtension, _service.DecideExtension(task.Number, Admin, true, null, Now).Problem);
        Assert.NotNull(_service.RequestExtension(task.Number, SnvHead, due.AddDays(5), "Chờ số liệu", Now).Task!.PendingExtension);
        Assert.Equal(TaskProblem.ExtensionPending, _service.RequestExtension(task.Number, SnvHead, due.AddDays(6), "lại", Now).Problem);
        Assert.Equal(TaskProblem.NotAdmin, _service.DecideExtension(task.Number, SnvHead, true, null, Now).Problem);

        var approved = _service.DecideExtension(task.Number, Admin, true, due.AddDays(3), Now.AddHours(1)).Task!;

        Assert.Equal((due, due.AddDays(3), (ExtensionRequest?)null), (approved.DueUtc, approved.CurrentDueUtc, approved.PendingExtension));
        Assert.Equal(ExtensionState.Approved, approved.Extensions[0].State);
    }

    [Fact]
    public void Task_and_result_texts_keep_their_lines_and_lose_control_and_bidi_characters()
    {
        var task = _service.Assign(Draft("SNV", 24, "Rà soát\u0007\n\u202Ethủ tục\u202C\r\nnộp\0 báo cáo"), 9001, Now).Task!;
        var done = _service.Finish(task.Number, SnvDeputy, "\u001b[2JĐã\tnộp\u2066", null, Now).Task!;

        Assert.Equal("Rà soát\nthủ tục\nnộp báo cáo", _tasks.Find(task.Number)!.Description);
        Assert.Equal("[2JĐã\tnộp", done.Result);
        Assert.Equal(TaskProblem.MissingDescription, _service.Assign(Draft("SNV", 24, "\0\u202E\a"), 9001, Now).Problem);
    }

    [Fact]
    public void A_rejected_extension_keeps_the_deadline()
    {
        var task = Assign();
        _service.RequestExtension(task.Number, SnvHead, task.DueUtc.AddDays(5), "Chờ số liệu", Now);

        var rejected = _service.DecideExtension(task.Number, Admin, false, null, Now).Task!;

        Assert.Equal((task.DueUtc, ExtensionState.Rejected), (rejected.CurrentDueUtc, rejected.Extensions[0].State));
    }

    [Fact]
    public void A_file_assigns_its_good_rows_together_and_says_why_each_bad_one_was_refused()
    {
        var outcomes = _service.AssignAll([Draft("SNV", 24, "Một"), Draft("NOPE", 24, "Hai"), Draft("STP", 24, "Ba")], 9001, Now);

        Assert.Equal([null, TaskProblem.UnknownUnit, null], outcomes.Select(o => o.Problem));
        Assert.Equal(["T-1", "T-2"], outcomes.Where(o => o.Task is not null).Select(o => o.Task!.Code));
    }

    private UnitTask Assign() => _service.Assign(Draft("SNV", 72, "Rà soát", "STP"), 9001, Now).Task!;

    private static TaskEvidence File(string fileId) => new(fileId, "minh-chung.pdf", AttachmentKind.Document);

    private static TaskDraft Draft(string lead, int dueInHours, string description, string coordinator = "") => new()
    {
        LeadUnit = lead,
        Coordinators = coordinator.Length == 0 ? [] : [coordinator],
        DueUtc = Now.AddHours(dueInHours),
        Description = description,
    };
}
