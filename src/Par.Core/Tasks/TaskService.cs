using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Text;
using Par.Core.Units;

namespace Par.Core.Tasks;

/// <summary>
/// The task register's rules: assigning, naming the responsible person, progress notes, coordinators' parts,
/// extensions and results. Every change appends a history line and is stored in one transaction.
/// </summary>
public sealed class TaskService(ITaskStore tasks, IUnitStore units, IMemberStore members)
{
    public const int MaxDescriptionLength = 500;
    public const int MaxResultLength = 500;
    public const int MaxNoteLength = 1000;

    /// <summary>Checks a task before it is assigned; null when it may be.</summary>
    public TaskOutcome? Check(TaskDraft draft, DateTime nowUtc)
    {
        if (units.Find(draft.LeadUnit) is not { Archived: false } lead)
            return TaskOutcome.Refused(TaskProblem.UnknownUnit, about: draft.LeadUnit);
        foreach (var coordinator in draft.Coordinators)
        {
            if (units.Find(coordinator) is not { Archived: false } unit)
                return TaskOutcome.Refused(TaskProblem.UnknownUnit, about: coordinator);
            if (unit.Code == lead.Code)
                return TaskOutcome.Refused(TaskProblem.CoordinatorIsLead, about: unit.Code);
        }
        if (draft.DueUtc <= nowUtc)
            return TaskOutcome.Refused(TaskProblem.DeadlineInPast);
        if (UserText.Clean(draft.Description).Length == 0)
            return TaskOutcome.Refused(TaskProblem.MissingDescription);
        if (UserText.Clean(draft.Description).Length > MaxDescriptionLength)
            return TaskOutcome.Refused(TaskProblem.DescriptionTooLong);
        return UserText.Clean(draft.ExpectedResult).Length > MaxResultLength ? TaskOutcome.Refused(TaskProblem.ExpectedTooLong) : null;
    }

    public TaskOutcome Assign(TaskDraft draft, long assignedBy, DateTime nowUtc)
    {
        if (Check(draft, nowUtc) is { } refusal)
            return refusal;
        return TaskOutcome.Done(tasks.Add(New(draft, assignedBy, nowUtc)));
    }

    /// <summary>
    /// Assigns a file's worth of tasks: one outcome per draft, in order; the good ones are stored together, the
    /// refused ones say why.
    /// </summary>
    public IReadOnlyList<TaskOutcome> AssignAll(IReadOnlyList<TaskDraft> drafts, long assignedBy, DateTime nowUtc)
    {
        var checks = drafts.Select(d => Check(d, nowUtc)).ToList();
        var stored = new Queue<UnitTask>(tasks.AddAll([.. drafts.Where((_, i) => checks[i] is null).Select(d => New(d, assignedBy, nowUtc))]));
        return [.. checks.Select(check => check ?? TaskOutcome.Done(stored.Dequeue()))];
    }

    /// <summary>The lead unit's head (or an admin) names the member of the lead unit who answers for the task.</summary>
    public TaskOutcome NameResponsible(int number, Actor by, long personId, DateTime nowUtc) => Change(number, task =>
    {
        if (!IsHeadOf(by, task.UnitCode))
            return TaskProblem.NotLeadHead;
        if (members.Find(personId) is not { } person || !SameUnit(person.UnitCode, task.UnitCode))
            return TaskProblem.NotLeadMember;
        return null;
    }, task => task with { ResponsibleId = personId, History = [.. task.History, new(by.UserId, nowUtc, TaskEventKind.ResponsibleNamed, Text: personId.ToString(System.Globalization.CultureInfo.InvariantCulture))] });

    /// <summary>A progress note from the lead or a coordinating unit (or an admin), with an optional file as evidence.</summary>
    public TaskOutcome AddNote(int number, Actor by, string text, TaskEvidence? evidence, DateTime nowUtc) => Change(number, task =>
    {
        if (!IsLeadMember(by, task) && !task.IsCoordinator(by.UnitCode))
            return TaskProblem.OtherUnit;
        if (UserText.Clean(text).Length == 0 && evidence is null)
            return TaskProblem.MissingNote;
        return UserText.Clean(text).Length > MaxNoteLength ? TaskProblem.NoteTooLong : null;
    }, task => task with { History = [.. task.History, new(by.UserId, nowUtc, TaskEventKind.Note, Blank(text), evidence)] }, openOnly: false);

    /// <summary>A coordinating unit's member confirms the unit's part is done; once per unit.</summary>
    public TaskOutcome ConfirmPart(int number, Actor by, DateTime nowUtc) => Change(number, task =>
    {
        if (!task.IsCoordinator(by.UnitCode))
            return TaskProblem.NotCoordinator;
        return task.HasConfirmed(by.UnitCode!) ? TaskProblem.AlreadyConfirmed : null;
    }, task =>
    {
        var unit = task.Coordinators.First(c => SameUnit(c, by.UnitCode));
        return task with
        {
            Confirmations = [.. task.Confirmations, new(unit, by.UserId, nowUtc)],
            History = [.. task.History, new(by.UserId, nowUtc, TaskEventKind.PartConfirmed, unit)],
        };
    }, openOnly: false);

    /// <summary>Checks that <paramref name="by"/> may finish the task now: a member of the lead unit, an admin any.</summary>
    public TaskOutcome CanFinish(int number, Actor by)
    {
        var task = tasks.Find(number);
        if (task is null)
            return TaskOutcome.Refused(TaskProblem.NotFound);
        if (!IsLeadMember(by, task))
            return TaskOutcome.Refused(TaskProblem.OtherUnit, task);
        return task.IsOpen ? TaskOutcome.Done(task) : TaskOutcome.Refused(TaskProblem.AlreadyFinished, task);
    }

    public TaskOutcome Finish(int number, Actor by, string result, TaskEvidence? evidence, DateTime nowUtc) => Change(number, task =>
    {
        if (!IsLeadMember(by, task))
            return TaskProblem.OtherUnit;
        if (UserText.Clean(result).Length == 0)
            return TaskProblem.MissingResult;
        return UserText.Clean(result).Length > MaxResultLength ? TaskProblem.ResultTooLong : null;
    }, task => task with
    {
        FinishedUtc = nowUtc,
        Result = UserText.Clean(result),
        ResultFile = evidence,
        FinishedBy = by.UserId,
        History = [.. task.History, new(by.UserId, nowUtc, TaskEventKind.Finished, UserText.Clean(result), evidence)],
    });

    /// <summary>The lead unit asks for a later deadline, before the one in force has passed; one request at a time.</summary>
    public TaskOutcome RequestExtension(int number, Actor by, DateTime newDueUtc, string reason, DateTime nowUtc) => Change(number, task =>
    {
        // The lead asks and an admin decides, so an admin does not ask.
        if (by.Role == Role.Admin || !IsLeadMember(by, task))
            return TaskProblem.OtherUnit;
        if (nowUtc > task.CurrentDueUtc)
            return TaskProblem.ExtensionAfterDeadline;
        if (newDueUtc <= task.CurrentDueUtc)
            return TaskProblem.ExtensionNotLater;
        if (task.PendingExtension is not null)
            return TaskProblem.ExtensionPending;
        if (UserText.Clean(reason).Length == 0)
            return TaskProblem.MissingReason;
        return UserText.Clean(reason).Length > MaxResultLength ? TaskProblem.NoteTooLong : null;
    }, task => task with
    {
        Extensions = [.. task.Extensions, new() { AskedBy = by.UserId, AskedUtc = nowUtc, RequestedDueUtc = newDueUtc, Reason = UserText.Clean(reason) }],
        History = [.. task.History, new(by.UserId, nowUtc, TaskEventKind.ExtensionAsked, UserText.Clean(reason))],
    });

    /// <summary>
    /// An admin approves the pending request (with the date asked for, or <paramref name="otherDueUtc"/>) or rejects it.
    /// The original deadline stays as it was: it is the one the emulation table scores.
    /// </summary>
    public TaskOutcome DecideExtension(int number, Actor by, bool approve, DateTime? otherDueUtc, DateTime nowUtc) => Change(number, task =>
    {
        if (by.Role != Role.Admin)
            return TaskProblem.NotAdmin;
        if (task.PendingExtension is null)
            return TaskProblem.NoPendingExtension;
        if (otherDueUtc is { } other && other <= nowUtc)
            return TaskProblem.DeadlineInPast;
        return otherDueUtc <= task.CurrentDueUtc ? TaskProblem.ExtensionNotLater : null;
    }, task =>
    {
        var pending = task.PendingExtension!;
        var decided = pending with
        {
            State = approve ? ExtensionState.Approved : ExtensionState.Rejected,
            DecidedBy = by.UserId,
            DecidedUtc = nowUtc,
            ApprovedDueUtc = approve ? otherDueUtc ?? pending.RequestedDueUtc : null,
        };
        var kind = approve ? TaskEventKind.ExtensionApproved : TaskEventKind.ExtensionRejected;
        return task with
        {
            Extensions = [.. task.Extensions.Select(e => ReferenceEquals(e, pending) ? decided : e)],
            History = [.. task.History, new(by.UserId, nowUtc, kind)],
        };
    });

    /// <summary>The heads of a unit: who picks the responsible person and gets the lead's reminders.</summary>
    public IReadOnlyList<Member> HeadsOf(string unitCode) => [.. members.ListByUnit(unitCode).Where(m => m.UnitRole == Role.Head)];

    /// <summary>
    /// Checks and applies a change in one transaction; a task already finished refuses it unless <paramref name="openOnly"/>
    /// is false (notes and coordinators' parts may come after the result).
    /// </summary>
    private TaskOutcome Change(int number, Func<UnitTask, TaskProblem?> check, Func<UnitTask, UnitTask> apply, bool openOnly = true)
    {
        TaskOutcome? refusal = null;
        var changed = tasks.Update(number, task =>
        {
            var problem = check(task) ?? (openOnly && !task.IsOpen ? TaskProblem.AlreadyFinished : null);
            if (problem is null)
                return apply(task);
            refusal = TaskOutcome.Refused(problem.Value, task);
            return null;
        });
        return changed is not null ? TaskOutcome.Done(changed) : refusal ?? TaskOutcome.Refused(TaskProblem.NotFound);
    }

    private UnitTask New(TaskDraft draft, long assignedBy, DateTime nowUtc) => new()
    {
        UnitCode = units.Find(draft.LeadUnit)!.Code,
        Coordinators = [.. draft.Coordinators.Select(c => units.Find(c)!.Code).Distinct()],
        Description = UserText.Clean(draft.Description),
        ExpectedResult = Blank(draft.ExpectedResult),
        Document = draft.Document,
        Priority = draft.Priority,
        DueUtc = draft.DueUtc,
        AssignedBy = assignedBy,
        AssignedUtc = nowUtc,
        History = [new(assignedBy, nowUtc, TaskEventKind.Assigned)],
    };

    private static bool IsHeadOf(Actor actor, string unitCode) =>
        actor.Role == Role.Admin || actor.Role == Role.Head && SameUnit(actor.UnitCode, unitCode);

    private static bool IsLeadMember(Actor actor, UnitTask task) => AccessPolicy.Can(actor, Permission.MarkDone, task.UnitCode);

    private static bool SameUnit(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? text) => UserText.Clean(text) is { Length: > 0 } clean ? clean : null;
}
