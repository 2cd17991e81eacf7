using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Privacy;

namespace CaseTracker.Domain.Cases;

/// <summary>
/// The rules of a case. Pure: given what has happened (the state) and what is asked (the command),
/// it answers with the events to record or the rule that would be broken. No clock, no database:
/// time, actor and calendar arrive in <see cref="DecisionContext"/>.
/// </summary>
public static partial class CaseDecider
{
    /// <summary>Clients' clocks drift; a time a few minutes ahead of ours is not "the future".</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static Decision Decide(CaseCommand command, CaseState? state, DecisionContext context) => (command, state) switch
    {
        (RaiseComplaint c, null) => Raise(c, context),
        (ReportHarmIncident c, null) => Report(c, context),
        (RaiseComplaint or ReportHarmIncident, not null) => Decision.Reject(Rules.CaseAlreadyExists, "A case with this id already exists."),
        (_, null) => Decision.Reject(Rules.CaseNotFound, "There is no such case."),
        // The scheduler's question is answered on any case, closed or not: the answer may be "nothing to flag".
        (FlagOverdueDuty c, _) => FlagOverdue(c, state, context),
        (_, { Status: CaseStatus.Closed }) when command is not (ReopenCase or IAllowedAfterClosure) =>
            Decision.Reject(Rules.CaseIsClosed, "The case is closed: reopen it first."),
        (_, { Status: CaseStatus.Withdrawn }) when command is not (AddNote or ErasePersonalData) =>
            Decision.Reject(Rules.CaseIsWithdrawn, "The complaint was withdrawn: only notes can be added."),
        (ErasePersonalData c, _) => Decision.Accept(new PersonalDataErased(c.Ground, c.Reason, c.EventsMasked, context.Actor, context.Now)),
        (AcknowledgeComplaint c, _) => Acknowledge(c, state, context),
        (AssignHandler c, _) => c.Handler == state.Handler
            ? Decision.Accept()
            : Decision.Accept(new HandlerAssigned(c.Handler, state.Handler, context.Actor, context.Now)),
        (AgreeResponseDeadline c, _) => AgreeDeadline(c, state, context),
        (GiveApology c, _) => Apologise(c, state, context),
        (StartReview c, _) => state.ReviewsCompleted.ContainsKey(c.ReviewId)
            ? Decision.Reject(Rules.ReviewAlreadyStarted, "A review with this id has already started.")
            : Decision.Accept(new ReviewStarted(c.ReviewId, c.Kind, c.Lead, c.Scope, context.Actor, context.Now)),
        (RecordFinding c, _) => WithOpenReview(state, c.ReviewId,
            () => new FindingRecorded(c.ReviewId, c.FindingId, c.Finding, context.Actor, context.Now)),
        (CompleteReview c, _) => WithOpenReview(state, c.ReviewId,
            () => new ReviewCompleted(c.ReviewId, c.Summary, context.Actor, context.Now)),
        (RecordLearning c, _) => Decision.Accept(
            new LearningRecorded(c.LearningId, c.Summary, c.Themes, c.HarmSources, c.Level, context.Actor, context.Now)),
        (CommitAction c, _) => state.ActionsCompleted.ContainsKey(c.ActionId)
            ? Decision.Reject(Rules.ActionAlreadyCommitted, "An action with this id is already committed.")
            : Decision.Accept(new ActionCommitted(c.ActionId, c.Description, c.Owner, c.DueBy, context.Actor, context.Now)),
        (CompleteAction c, _) => CompleteAction(c, state, context),
        (SendFinalResponse c, _) => SendFinalResponse(c, state, context),
        (CloseCase c, _) => state.OpenActions > 0 && string.IsNullOrWhiteSpace(c.Reason)
            ? Decision.Reject(Rules.OpenActionsNeedAReason, $"{state.OpenActions} committed action(s) are still open: say why the case closes anyway.")
            : Decision.Accept(new CaseClosed(c.Reason, state.OpenActions, context.Actor, context.Now)),
        (ReopenCase c, _) => state.Status == CaseStatus.Closed
            ? Decision.Accept(new CaseReopened(c.Reason, context.Actor, context.Now))
            : Decision.Reject(Rules.CaseIsNotClosed, "Only a closed case can be reopened."),
        (WithdrawComplaint c, _) => state.Kind != CaseKind.Complaint
            ? Decision.Reject(Rules.WithdrawalIsForComplaints, "Only a complaint can be withdrawn; a harm incident stays on record.")
            : Decision.Accept(new ComplaintWithdrawn(c.Reason, context.Actor, context.Now)),
        (AddNote c, _) => Decision.Accept(new NoteAdded(c.NoteId, c.Text, context.Actor, context.Now)),
        _ => Candour(command, state, context) ?? Restorative(command, state, context) ?? VoiceAndRisk(command, state, context)
            ?? throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "The decider does not know this command."),
    };

    private static Decision Raise(RaiseComplaint c, DecisionContext context)
    {
        if (c.ReceivedAt > context.Now + ClockSkew)
            return Decision.Reject(Rules.InTheFuture, "A complaint cannot be received in the future.");
        var receivedOn = context.Calendar.DayOf(c.ReceivedAt);
        if (!context.Calendar.Covers(receivedOn) || !context.Calendar.Covers(receivedOn.AddMonths(1)))
            return Decision.Reject(Rules.OutsideCalendar, $"No working-day calendar covers {receivedOn:yyyy-MM-dd}, so its deadlines cannot be set.");

        return Decision.Accept(new ComplaintRaised(
            c.CaseId, c.Reference, c.ReceivedAt, c.Channel, c.Complainant, c.OnBehalfOf, c.Service, c.Summary,
            c.Categories, c.DesiredOutcome, c.AccessNeeds, c.EventDate,
            StatutoryClock.AcknowledgementDueBy(receivedOn, context.Calendar),
            StatutoryClock.SixMonthDate(receivedOn),
            StatutoryClock.IsAfterTimeLimit(c.EventDate, receivedOn),
            context.Actor, context.Now));
    }

    private static Decision Report(ReportHarmIncident c, DecisionContext context) =>
        c.OccurredAt > context.Now + ClockSkew
            ? Decision.Reject(Rules.InTheFuture, "An incident cannot have occurred in the future.")
            : Decision.Accept(new HarmIncidentReported(
                c.CaseId, c.Reference, c.OccurredAt, c.ReportedBy, c.Service, c.Description,
                c.PhysicalHarm, c.PsychologicalHarm, c.PeopleAffected, context.Actor, context.Now));

    private static Decision Acknowledge(AcknowledgeComplaint c, CaseState state, DecisionContext context)
    {
        if (state.Kind != CaseKind.Complaint)
            return Decision.Reject(Rules.AcknowledgementIsForComplaints, "Only complaints are acknowledged under the 2009 Regulations.");
        if (state.AcknowledgedAt is not null)
            return Decision.Reject(Rules.AlreadyAcknowledged, $"The complaint was already acknowledged on {state.AcknowledgedAt:yyyy-MM-dd}.");

        var acknowledgedAt = c.AcknowledgedAt ?? context.Now;
        if (WhenProblem(acknowledgedAt, state, context) is { } problem) return problem;
        var acknowledgedOn = context.Calendar.DayOf(acknowledgedAt);
        if (c.ResponseDueBy is { } due && due < acknowledgedOn)
            return Decision.Reject(Rules.DeadlineInThePast, "The agreed response date is before the acknowledgement.");
        // A date agreed before the acknowledgement stands: acknowledging must not move it quietly,
        // or an extension would escape the rules (later, with a reason) that AgreeResponseDeadline keeps.
        if (c.ResponseDueBy is { } offered && state.ResponseDueBy is { } agreed && offered != agreed)
            return offered < agreed
                ? Decision.Reject(Rules.ExtensionMustBeLater, $"A response date of {agreed:yyyy-MM-dd} is already agreed; it can only be extended.")
                : Decision.Reject(Rules.ExtensionNeedsAReason, $"A response date of {agreed:yyyy-MM-dd} is already agreed: extend it with a reason instead.");

        var dueBy = state.AcknowledgementDueBy ?? acknowledgedOn;
        return Decision.Accept(new ComplaintAcknowledged(
            acknowledgedAt, dueBy, acknowledgedOn <= dueBy, c.ResponseDueBy, c.HowHandlingWasDiscussed, context.Actor, context.Now));
    }

    private static Decision AgreeDeadline(AgreeResponseDeadline c, CaseState state, DecisionContext context)
    {
        if (state.Kind != CaseKind.Complaint)
            return Decision.Reject(Rules.ResponseDeadlineIsForComplaints, "Response periods are agreed for complaints only.");
        if (state.FinalResponseSentAt is not null)
            return Decision.Reject(Rules.FinalResponseAlreadySent, "The final response has already been sent.");
        if (c.DueBy < context.Calendar.DayOf(context.Now))
            return Decision.Reject(Rules.DeadlineInThePast, "A response date cannot be agreed in the past.");

        if (state.ResponseDueBy is not { } current)
            return Decision.Accept(new ResponseDeadlineAgreed(c.DueBy, context.Actor, context.Now));
        if (c.DueBy == current)
            return Decision.Accept();
        if (c.DueBy < current)
            return Decision.Reject(Rules.ExtensionMustBeLater, $"The agreed date is {current:yyyy-MM-dd}; an extension must be later.");
        if (string.IsNullOrWhiteSpace(c.Reason))
            return Decision.Reject(Rules.ExtensionNeedsAReason, "Extending an agreed response date needs a reason the complainant can be told.");
        return Decision.Accept(new ResponseDeadlineExtended(current, c.DueBy, c.Reason, context.Actor, context.Now));
    }

    private static Decision Apologise(GiveApology c, CaseState state, DecisionContext context)
    {
        var givenAt = c.GivenAt ?? context.Now;
        return WhenProblem(givenAt, state, context)
            ?? Decision.Accept(new ApologyGiven(givenAt, c.Method, c.To, c.Words, context.Actor, context.Now));
    }

    private static Decision WithOpenReview(CaseState state, Guid reviewId, Func<object> next) =>
        state.ReviewsCompleted.TryGetValue(reviewId, out var completed) switch
        {
            false => Decision.Reject(Rules.UnknownReview, "There is no review with this id on the case."),
            true when completed => Decision.Reject(Rules.ReviewAlreadyCompleted, "The review is already completed."),
            true => Decision.Accept(next()),
        };

    private static Decision CompleteAction(CompleteAction c, CaseState state, DecisionContext context) =>
        state.ActionsCompleted.TryGetValue(c.ActionId, out var completed) switch
        {
            false => Decision.Reject(Rules.UnknownAction, "No action with this id was committed on the case."),
            true when completed => Decision.Reject(Rules.ActionAlreadyCompleted, "The action is already completed."),
            true => Decision.Accept(new ActionCompleted(c.ActionId, c.Evidence, context.Actor, context.Now)),
        };

    private static Decision SendFinalResponse(SendFinalResponse c, CaseState state, DecisionContext context)
    {
        if (state.Kind != CaseKind.Complaint)
            return Decision.Reject(Rules.FinalResponseIsForComplaints, "A final response answers a complaint.");
        if (state.AcknowledgedAt is null)
            return Decision.Reject(Rules.FinalResponseBeforeAcknowledgement, "Acknowledge the complaint before sending the final response.");
        if (state.FinalResponseSentAt is not null)
            return Decision.Reject(Rules.FinalResponseAlreadySent, $"The final response was already sent on {state.FinalResponseSentAt:yyyy-MM-dd}.");
        if (!c.OmbudsmanRightsExplained)
            return Decision.Reject(Rules.OmbudsmanRightsNotExplained, "A final response must explain the right to go to the Ombudsman (reg 14).");

        var sentAt = c.SentAt ?? context.Now;
        if (WhenProblem(sentAt, state, context) is { } problem) return problem;
        if (sentAt < state.AcknowledgedAt)
            return Decision.Reject(Rules.BeforeAcknowledgement, "The final response cannot predate the acknowledgement.");
        return Decision.Accept(new FinalResponseSent(sentAt, c.Outcome, c.Summary, c.OmbudsmanRightsExplained, c.SignedBy, context.Actor, context.Now));
    }

    /// <summary>A time a person tells us something happened must lie between the case's start and now.</summary>
    private static Decision? WhenProblem(DateTimeOffset happenedAt, CaseState state, DecisionContext context) =>
        happenedAt > context.Now + ClockSkew ? Decision.Reject(Rules.InTheFuture, "That time is in the future.")
        : happenedAt < state.ReceivedAt ? Decision.Reject(Rules.BeforeCaseWasReceived, "That time is before the case was received.")
        : null;
}
