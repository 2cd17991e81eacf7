using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Samples;

/// <summary>
/// The story of one sample case as the commands people gave, in time order. <see cref="On"/> moves
/// the clock to a working day after the case arrived and names who acts; the verbs that follow are
/// the domain's commands. <see cref="Play"/> puts every step through the real decider, so sample
/// data can only show what the rules allow.
/// </summary>
internal sealed class SampleCaseScript
{
    private sealed record Step(DateTimeOffset At, string Actor, Func<string, CaseCommand> Command);

    private readonly SampleDays _days;
    private readonly DateOnly _receivedOn;
    private readonly List<Step> _steps = [];
    private readonly Dictionary<string, Guid> _ids = new(StringComparer.Ordinal);
    private DateTimeOffset _at;
    private string _actor;

    public SampleCaseScript(SampleDays days, DateOnly receivedOn, string time, string actor)
    {
        _days = days;
        _receivedOn = receivedOn;
        _at = days.At(receivedOn, time);
        _actor = actor;
    }

    public Guid Id { get; private set; }

    /// <summary>When the case was recorded: sample references are given in this order.</summary>
    public DateTimeOffset OpenedAt => _steps.Count > 0 ? _steps[0].At : throw new InvalidOperationException("The script has no opening step.");

    public string Title { get; private set; } = "";

    // ---- opening ----

    public SampleCaseScript Complaint(
        Channel channel, Complainant complainant, string service, string summary, IReadOnlyList<string> categories,
        string? desiredOutcome = null, IReadOnlyList<string>? accessNeeds = null, string? onBehalfOf = null, DateOnly? eventDate = null)
    {
        var receivedAt = _at;
        return Open(summary, (id, reference) => new RaiseComplaint(
            id, reference, receivedAt, channel, complainant, onBehalfOf, service, summary,
            categories, desiredOutcome, accessNeeds ?? [], eventDate));
    }

    /// <summary>An incident that happened at <paramref name="occurredAt"/> on the first day and is reported at the script's time.</summary>
    public SampleCaseScript Incident(
        string occurredAt, string reportedBy, string service, string description,
        PhysicalHarm physical, PsychologicalHarm psychological, int peopleAffected = 1)
    {
        var occurred = _days.At(_receivedOn, occurredAt);
        return Open(description, (id, reference) => new ReportHarmIncident(
            id, reference, occurred, reportedBy, service, description, physical, psychological, peopleAffected));
    }

    // ---- what people then did ----

    /// <summary>Moves to <paramref name="time"/> on the <paramref name="workingDay"/>th working day after the case arrived (0 = that day).</summary>
    public SampleCaseScript On(int workingDay, string time, string actor)
    {
        _at = _days.At(_days.After(_receivedOn, workingDay), time);
        _actor = actor;
        return this;
    }

    public SampleCaseScript AssignHandler(string handler) => Then(new AssignHandler(handler));

    public SampleCaseScript Acknowledge(int? respondByWorkingDay = null, string? howHandlingWasDiscussed = null) =>
        Then(new AcknowledgeComplaint(null, DueOn(respondByWorkingDay), howHandlingWasDiscussed));

    public SampleCaseScript AgreeResponseBy(int workingDay) => Then(new AgreeResponseDeadline(_days.After(_receivedOn, workingDay), null));

    public SampleCaseScript ExtendResponseTo(int workingDay, string reason) =>
        Then(new AgreeResponseDeadline(_days.After(_receivedOn, workingDay), reason));

    public SampleCaseScript Apologise(ApologyMethod method, string to, string words) => Then(new GiveApology(_at, method, to, words));

    public SampleCaseScript StartReview(string review, ReviewKind kind, string lead, string scope) =>
        Then(new StartReview(NewId(review), kind, lead, scope));

    public SampleCaseScript Finding(string review, string finding) => Then(new RecordFinding(IdOf(review), Guid.CreateVersion7(_at), finding));

    public SampleCaseScript CompleteReview(string review, string summary) => Then(new CompleteReview(IdOf(review), summary));

    public SampleCaseScript Learn(LearningLevel level, string summary, IReadOnlyList<string> themes, IReadOnlyList<AvoidableHarmSource> harmSources) =>
        Then(new RecordLearning(Guid.CreateVersion7(_at), summary, themes, harmSources, level));

    public SampleCaseScript CommitAction(string action, string description, string owner, int dueByWorkingDay) =>
        Then(new CommitAction(NewId(action), description, owner, _days.After(_receivedOn, dueByWorkingDay)));

    public SampleCaseScript CompleteAction(string action, string evidence) => Then(new CompleteAction(IdOf(action), evidence));

    public SampleCaseScript Respond(ComplaintOutcome outcome, string summary, string signedBy) =>
        Then(new SendFinalResponse(_at, outcome, summary, OmbudsmanRightsExplained: true, signedBy));

    public SampleCaseScript Close(string? reason = null) => Then(new CloseCase(reason));

    public SampleCaseScript Reopen(string reason) => Then(new ReopenCase(reason));

    public SampleCaseScript Withdraw(string? reason) => Then(new WithdrawComplaint(reason));

    public SampleCaseScript Note(string text) => Then(new AddNote(Guid.CreateVersion7(_at), text));

    /// <summary>
    /// Decides every step in turn, each at its own time and by its own actor, and returns the events
    /// to append. Throws if a step breaks a rule, goes back in time or lies after <paramref name="now"/>.
    /// </summary>
    public IReadOnlyList<object> Play(string reference, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        CaseState? state = null;
        var events = new List<object>();
        var previous = DateTimeOffset.MinValue;
        foreach (var (step, index) in _steps.Select((s, i) => (s, i + 1)))
        {
            var command = step.Command(reference);
            var where = $"Sample case {reference} ('{Title}'), step {index} ({command.GetType().Name})";
            if (step.At < previous) throw new InvalidOperationException($"{where} is earlier than the step before it.");
            if (step.At > now) throw new InvalidOperationException($"{where} is in the future ({step.At:O}).");
            previous = step.At;

            var decision = CaseDecider.Decide(command, state, new DecisionContext(step.Actor, step.At, calendar));
            if (decision.Violation is { } violation)
                throw new InvalidOperationException($"{where} breaks the rule '{violation.Rule}': {violation.Detail}");
            foreach (var e in decision.Events)
            {
                state = CaseState.Evolve(state, e);
                events.Add(e);
            }
        }

        return events;
    }

    private SampleCaseScript Open(string title, Func<Guid, string, CaseCommand> command)
    {
        if (_steps.Count > 0) throw new InvalidOperationException("A sample case opens once.");
        Id = Guid.CreateVersion7(_at);
        Title = title;
        var id = Id;
        _steps.Add(new Step(_at, _actor, reference => command(id, reference)));
        return this;
    }

    private SampleCaseScript Then(CaseCommand command)
    {
        if (_steps.Count == 0) throw new InvalidOperationException("Open the sample case with Complaint(...) or Incident(...) first.");
        _steps.Add(new Step(_at, _actor, _ => command));
        return this;
    }

    private DateOnly? DueOn(int? workingDay) => workingDay is { } day ? _days.After(_receivedOn, day) : null;

    private Guid NewId(string name)
    {
        var id = Guid.CreateVersion7(_at);
        _ids.Add(name, id);
        return id;
    }

    private Guid IdOf(string name) =>
        _ids.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"The sample case has no review or action called '{name}'.");
}
