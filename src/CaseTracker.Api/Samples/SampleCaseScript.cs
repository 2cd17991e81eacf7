using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Samples;

/// <summary>
/// The story of one sample case as the commands people gave, in time order. <see cref="On"/> moves
/// the clock to a working day after the case arrived and names who acts; the verbs that follow are
/// the domain's commands. <see cref="Play"/> puts every step through the real decider, so sample
/// data can only show what the rules allow.
/// </summary>
public sealed class SampleCaseScript
{
    private sealed record Step(DateTimeOffset At, string Actor, Func<string, CaseCommand> Command);

    private readonly SampleDays _days;
    private readonly DateOnly _receivedOn;
    private readonly Random? _ids;
    private readonly List<Step> _steps = [];
    private readonly Dictionary<string, Guid> _names = new(StringComparer.Ordinal);
    private DateTimeOffset _at;
    private string _actor;

    /// <param name="ids">Makes every id from this seeded source, so a generated history is the same each time; otherwise ids are fresh.</param>
    public SampleCaseScript(SampleDays days, DateOnly receivedOn, string time, string actor, Random? ids = null)
    {
        _days = days;
        _receivedOn = receivedOn;
        _at = days.At(receivedOn, time);
        _actor = actor;
        _ids = ids;
    }

    /// <summary>Where the script's clock stands: the time of the step written next.</summary>
    public DateTimeOffset Now => _at;

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

    /// <summary>Moves to <paramref name="time"/> on a calendar day; for steps not counted in working days (or by the system at night).</summary>
    public SampleCaseScript OnDate(DateOnly day, string time, string actor)
    {
        _at = _days.At(day, time);
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

    public SampleCaseScript Finding(string review, string finding) => Then(new RecordFinding(IdOf(review), NewGuid(), finding));

    public SampleCaseScript CompleteReview(string review, string summary) => Then(new CompleteReview(IdOf(review), summary));

    public SampleCaseScript Learn(LearningLevel level, string summary, IReadOnlyList<string> themes, IReadOnlyList<AvoidableHarmSource> harmSources) =>
        Then(new RecordLearning(NewGuid(), summary, themes, harmSources, level));

    public SampleCaseScript CommitAction(string action, string description, string owner, int dueByWorkingDay) =>
        Then(new CommitAction(NewId(action), description, owner, _days.After(_receivedOn, dueByWorkingDay)));

    public SampleCaseScript CommitAction(string action, string description, string owner, DateOnly dueBy) =>
        Then(new CommitAction(NewId(action), description, owner, dueBy));

    public SampleCaseScript CompleteAction(string action, string evidence) => Then(new CompleteAction(IdOf(action), evidence));

    public SampleCaseScript Respond(ComplaintOutcome outcome, string summary, string signedBy) =>
        Then(new SendFinalResponse(_at, outcome, summary, OmbudsmanRightsExplained: true, signedBy));

    public SampleCaseScript Close(string? reason = null) => Then(new CloseCase(reason));

    public SampleCaseScript Reopen(string reason) => Then(new ReopenCase(reason));

    public SampleCaseScript Withdraw(string? reason) => Then(new WithdrawComplaint(reason));

    public SampleCaseScript Note(string text) => Then(new AddNote(NewGuid(), text));

    // ---- candour, restorative work, voice, the Ombudsman and the clocks ----

    public SampleCaseScript DeclareNotifiable(CandourRegime regime, params HarmCriterion[] criteria) =>
        Then(new DeclareNotifiableIncident(regime, criteria, _at));

    public SampleCaseScript NotifyInPerson(string to, string account, string furtherEnquiries, string apology, string givenBy) =>
        Then(new GiveCandourNotification(_at, to, account, furtherEnquiries, apology, givenBy));

    public SampleCaseScript SendCandourLetter(string to, string enquiryResults, string apology) => Then(new SendCandourLetter(_at, to, enquiryResults, apology));

    public SampleCaseScript OfferRestorative(string facilitator, string offeredTo) => Then(new OfferRestorativeProcess(facilitator, offeredTo));

    public SampleCaseScript AcceptRestorative(string? notes = null) => Then(new AcceptRestorativeProcess(notes));

    public SampleCaseScript DeclineRestorative(string? reason = null) => Then(new DeclineRestorativeProcess(reason));

    public SampleCaseScript HoldMeeting(RestorativeFormat format, string facilitator, IReadOnlyList<string> participants) =>
        Then(new HoldRestorativeMeeting(NewGuid(), _at, format, facilitator, participants));

    public SampleCaseScript ReachAgreement(string agreement, IReadOnlyList<Commitment> commitments) =>
        Then(new ReachRestorativeAgreement(NewId(agreement), commitments));

    public SampleCaseScript FollowUp(string agreement, bool kept, string? notes = null) => Then(new FollowUpAgreement(IdOf(agreement), NewGuid(), kept, notes));

    public SampleCaseScript RaiseRisk(RiskLevel level, string concern = "A risk to the person's safety (sample).") => Then(new RaiseRiskConcern(NewGuid(), concern, level));

    public SampleCaseScript OfferAdvocacy(string? service = null) => Then(new OfferAdvocacy(service));

    public SampleCaseScript AssignAdvocate(string organisation, string advocate) => Then(new AssignAdvocate(organisation, advocate));

    public SampleCaseScript DeclineAdvocacy(string? reason = null) => Then(new DeclineAdvocacy(reason));

    public SampleCaseScript Feedback(int satisfaction, bool feltHeard, string? comment = null) => Then(new RecordFeedback(NewGuid(), satisfaction, feltHeard, comment));

    public SampleCaseScript EscalateToOmbudsman(Ombudsman ombudsman) => Then(new EscalateToOmbudsman(ombudsman, _days.Calendar.DayOf(_at), null));

    public SampleCaseScript OmbudsmanDecides(OmbudsmanOutcome outcome) => Then(new RecordOmbudsmanDecision(_days.Calendar.DayOf(_at), outcome, null));

    /// <summary>CaseTracker's own check that a duty was done by its due date, as its scheduler would send it.</summary>
    public SampleCaseScript CheckOverdue(DutyKind kind, DateOnly dueBy, string? action = null) =>
        Then(new FlagOverdueDuty(kind, action is null ? null : IdOf(action), dueBy));

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
        Id = NewGuid();
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

    private Guid NewGuid()
    {
        if (_ids is null) return Guid.CreateVersion7(_at);
        Span<byte> bytes = stackalloc byte[16];
        _ids.NextBytes(bytes);
        // Marked as a version 4 (random) RFC 9562 id: random, only from a seed.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private Guid NewId(string name)
    {
        var id = NewGuid();
        _names.Add(name, id);
        return id;
    }

    private Guid IdOf(string name) =>
        _names.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"The sample case has no review, action or agreement called '{name}'.");
}
