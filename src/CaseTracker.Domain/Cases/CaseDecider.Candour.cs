using System.Collections.Frozen;

namespace CaseTracker.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>The harm that makes an incident notifiable under each regime (reg 20(8) and (9)).</summary>
    public static readonly FrozenDictionary<CandourRegime, FrozenSet<HarmCriterion>> CandourThresholds = new Dictionary<CandourRegime, FrozenSet<HarmCriterion>>
    {
        [CandourRegime.HealthServiceBody] = new[]
        {
            HarmCriterion.Death, HarmCriterion.SevereHarm, HarmCriterion.ModerateHarm, HarmCriterion.ProlongedPsychologicalHarm,
        }.ToFrozenSet(),
        [CandourRegime.RegisteredPerson] = new[]
        {
            HarmCriterion.Death, HarmCriterion.SensoryMotorOrIntellectualImpairment, HarmCriterion.ChangeToBodyStructure,
            HarmCriterion.ProlongedPain, HarmCriterion.ProlongedPsychologicalHarm, HarmCriterion.ShortenedLifeExpectancy,
            HarmCriterion.TreatmentToPreventHarm,
        }.ToFrozenSet(),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<CandourRegime, string> ThresholdWords = new Dictionary<CandourRegime, string>
    {
        [CandourRegime.HealthServiceBody] = "death, severe harm, moderate harm or prolonged psychological harm",
        [CandourRegime.RegisteredPerson] = "death; impairment of sensory, motor or intellectual functions for 28 days or more; "
            + "changes to the structure of the body; prolonged pain or prolonged psychological harm (28 days or more); "
            + "shortened life expectancy; or treatment needed to prevent any of these",
    }.ToFrozenDictionary();

    private static Decision? Candour(CaseCommand command, CaseState state, DecisionContext context) => command switch
    {
        DeclareNotifiableIncident c => Declare(c, state, context),
        GiveCandourNotification c => WithCandour(state, candour =>
        {
            if (candour.NotifiedAt is not null)
                return Decision.Reject(Rules.CandourNotificationAlreadyGiven, $"The relevant person was notified in person on {candour.NotifiedAt:yyyy-MM-dd}.");
            var givenAt = c.GivenAt ?? context.Now;
            return WhenProblem(givenAt, state, context) ?? Decision.Accept(
                new CandourNotificationGiven(givenAt, c.To, c.Account, c.FurtherEnquiries, c.GivenBy, context.Actor, context.Now),
                // The in-person notification must include an apology (reg 20(3)(d)): it is recorded as one.
                new ApologyGiven(givenAt, ApologyMethod.InPerson, c.To, c.Apology, context.Actor, context.Now));
        }),
        SendCandourLetter c => WithCandour(state, candour =>
        {
            if (candour.LetterSentAt is not null)
                return Decision.Reject(Rules.CandourLetterAlreadySent, $"The candour letter was sent on {candour.LetterSentAt:yyyy-MM-dd}.");
            if (candour.NotifiedAt is null)
                return Decision.Reject(Rules.CandourLetterBeforeNotification, "The written notification follows the notification in person (reg 20(4)).");
            var sentAt = c.SentAt ?? context.Now;
            if (WhenProblem(sentAt, state, context) is { } problem) return problem;
            return sentAt < candour.NotifiedAt
                ? Decision.Reject(Rules.CandourLetterBeforeNotification, "The letter cannot predate the notification in person.")
                : Decision.Accept(new CandourLetterSent(sentAt, c.To, c.EnquiryResults, c.Apology, context.Actor, context.Now));
        }),
        RecordContactAttempt c => WithCandour(state, candour =>
        {
            if (candour.LetterSentAt is not null)
                return Decision.Reject(Rules.CandourLetterAlreadySent, "The candour letter was already sent.");
            var attemptedAt = c.AttemptedAt ?? context.Now;
            return WhenProblem(attemptedAt, state, context)
                ?? Decision.Accept(new ContactAttemptFailed(c.AttemptId, attemptedAt, c.Method, c.Outcome, c.Notes, context.Actor, context.Now));
        }),
        _ => null,
    };

    private static Decision Declare(DeclareNotifiableIncident c, CaseState state, DecisionContext context)
    {
        if (state.Candour is not null)
            return Decision.Reject(Rules.AlreadyDeclaredNotifiable, $"A notifiable safety incident was already declared on {state.Candour.DeclaredAt:yyyy-MM-dd}.");
        var recognised = CandourThresholds[c.Regime];
        var below = c.Criteria.Where(criterion => !recognised.Contains(criterion)).ToList();
        if (c.Criteria.Count == 0 || below.Count > 0)
            return Decision.Reject(Rules.BelowCandourThreshold,
                (below.Count > 0 ? $"{string.Join(", ", below)} does not meet the threshold. " : "")
                + $"Under the {c.Regime} regime an incident is notifiable for {ThresholdWords[c.Regime]}.");

        var declaredAt = c.DeclaredAt ?? context.Now;
        if (WhenProblem(declaredAt, state, context) is { } problem) return problem;
        var declaredOn = context.Calendar.DayOf(declaredAt);
        // Twice the working days plus a fortnight always spans them, whatever weekends and holidays intervene.
        if (!context.Calendar.Covers(declaredOn) || !context.Calendar.Covers(declaredOn.AddDays((context.Policy.CandourWorkingDays * 2) + 14)))
            return Decision.Reject(Rules.OutsideCalendar, $"No working-day calendar covers {declaredOn:yyyy-MM-dd}, so the candour deadline cannot be set.");
        var dueBy = context.Calendar.AddWorkingDays(declaredOn, context.Policy.CandourWorkingDays);
        return Decision.Accept(new NotifiableIncidentDeclared(c.Regime, [.. c.Criteria.Distinct()], declaredAt, dueBy, context.Actor, context.Now));
    }

    private static Decision WithCandour(CaseState state, Func<CandourState, Decision> next) =>
        state.Candour is { } candour
            ? next(candour)
            : Decision.Reject(Rules.NotDeclaredNotifiable, "No notifiable safety incident has been declared on this case.");
}
