using System.Globalization;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Samples.Generation;

/// <summary>
/// Writes realistic, made-up case histories as <see cref="SampleCaseScript"/>s: complaints and harm
/// incidents over a span of months, with the mix a service sees — on-time and late acknowledgements,
/// apologies, reviews, learning with recurring themes, actions done and overdue, candour, restorative
/// work, advocacy, feedback, the Ombudsman. The same seed gives the same histories. Every step is
/// played through the decider when written, so a generated case can only do what the rules allow;
/// steps that would fall after <see cref="SampleDays.Today"/> are left for the future (open cases).
/// </summary>
public sealed class CaseHistoryGenerator(SampleDays days, int seed)
{
    private readonly Random _random = new(seed);
    private readonly SampleDays _days = days;

    /// <summary><paramref name="cases"/> histories received over the <paramref name="months"/> months before today.</summary>
    public IEnumerable<SampleCaseScript> Generate(int cases, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cases, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var first = _days.Today.AddMonths(-months);
        var span = _days.Today.DayNumber - first.DayNumber;
        for (var i = 0; i < cases; i++)
        {
            var day = first.AddDays(_random.Next(span));
            // Most complaints and reports arrive on working _days.
            while (!_days.Calendar.IsWorkingDay(day) && _random.NextDouble() < 0.8) day = day.AddDays(1);
            if (day >= _days.Today) day = _days.Today.AddDays(-1);
            yield return _random.NextDouble() < 0.75 ? Complaint(day) : Incident(day);
        }
    }

    private SampleCaseScript Complaint(DateOnly received)
    {
        var plan = new Plan(this, received, Minute(8, 18));
        var service = Pick(SampleVocabulary.Services);
        var script = new SampleCaseScript(_days, received, Time(plan.OpenedAt), Pick(SampleVocabulary.Handlers), _random)
            .Complaint(Pick(SampleVocabulary.Channels), SampleVocabulary.Person(_random), service, "A generated complaint (sample).",
                PickSome(SampleVocabulary.Categories, 1, 2), accessNeeds: _random.NextDouble() < 0.2 ? ["Easy read letters"] : []);
        var handler = Pick(SampleVocabulary.Handlers);
        plan.On(plan.Day(0, 1), handler, s => s.AssignHandler(handler));

        var ackDue = _days.After(received, 3);
        var ackRoll = _random.NextDouble();
        var respondBy = _random.Next(20, 41);
        DateOnly? acknowledged = null;
        if (ackRoll < 0.85) acknowledged = _days.After(received, _random.Next(0, 4));
        else
        {
            plan.System(ackDue.AddDays(1), s => s.CheckOverdue(DutyKind.Acknowledgement, ackDue));
            if (ackRoll < 0.95) acknowledged = _days.After(received, _random.Next(4, 9));
        }

        if (acknowledged is { } ackDay) plan.On(ackDay, handler, s => s.Acknowledge(respondBy, "Agreed how and when we would respond (sample)."));
        Advocacy(plan, handler);
        if (_random.NextDouble() < 0.05 || acknowledged is null)
        {
            if (_random.NextDouble() < 0.5) plan.On(plan.After(2, 10), handler, s => s.Withdraw("The complainant withdrew (sample)."));
            return plan.Write(script);
        }

        if (_random.NextDouble() < 0.5)
            plan.On(plan.After(1, 5), handler, s => s.Apologise(Pick([ApologyMethod.Phone, ApologyMethod.Letter, ApologyMethod.Email]), "The complainant (sample)", "We are sorry (sample)."));
        Review(plan, handler, ReviewKind.LocalReview, 0.5);
        var open = LearnAndAct(plan, handler, 0.6);

        var responseDue = _days.After(received, respondBy);
        var answered = _days.After(received, _random.Next(10, 46));
        if (answered > responseDue) plan.System(responseDue.AddDays(1), s => s.CheckOverdue(DutyKind.Response, responseDue));
        var outcome = Weighted((ComplaintOutcome.Upheld, 30), (ComplaintOutcome.PartlyUpheld, 30), (ComplaintOutcome.NotUpheld, 40));
        plan.On(answered, handler, s => s.Respond(outcome, "Our response (sample).", "Head of service (sample)"));
        if (_random.NextDouble() < 0.4)
        {
            var satisfaction = Math.Clamp((outcome == ComplaintOutcome.NotUpheld ? 2 : 4) + _random.Next(-1, 2), 1, 5);
            var heard = _random.NextDouble() < satisfaction / 5.0;
            plan.On(plan.After(2, 15), handler, s => s.Feedback(satisfaction, heard));
        }

        Restorative(plan, 0.1);
        if (outcome != ComplaintOutcome.Upheld && _random.NextDouble() < 0.06)
        {
            var ombudsman = Pick([Ombudsman.LGSCO, Ombudsman.PHSO]);
            plan.On(plan.After(20, 60), handler, s => s.EscalateToOmbudsman(ombudsman));
            if (_random.NextDouble() < 0.5)
            {
                var decision = Pick([OmbudsmanOutcome.Upheld, OmbudsmanOutcome.NotUpheld, OmbudsmanOutcome.NotInvestigated]);
                plan.On(plan.After(40, 120), handler, s => s.OmbudsmanDecides(decision));
            }
        }

        if (Close(plan, handler, open, 0.8) && _random.NextDouble() < 0.03)
        {
            plan.On(plan.After(3, 20), handler, s => s.Reopen("New information came to light (sample)."));
            var second = Weighted((ComplaintOutcome.Upheld, 50), (ComplaintOutcome.PartlyUpheld, 30), (ComplaintOutcome.NotUpheld, 20));
            plan.On(plan.After(5, 20), handler, s => s.Respond(second, "Our second response (sample).", "Director (sample)"));
        }

        return plan.Write(script);
    }

    private SampleCaseScript Incident(DateOnly occurred)
    {
        var plan = new Plan(this, occurred, Minute(8, 20));
        var service = Pick(SampleVocabulary.Services);
        var physical = Weighted((PhysicalHarm.None, 25), (PhysicalHarm.Low, 35), (PhysicalHarm.Moderate, 25), (PhysicalHarm.Severe, 12), (PhysicalHarm.Fatal, 3));
        var psychological = Weighted((PsychologicalHarm.None, 20), (PsychologicalHarm.Low, 35), (PsychologicalHarm.Moderate, 25), (PsychologicalHarm.Severe, 10), (PsychologicalHarm.Prolonged, 10));
        var handler = Pick(SampleVocabulary.Handlers);
        var script = new SampleCaseScript(_days, occurred, Time(plan.OpenedAt), handler, _random)
            .Incident(Time(plan.OpenedAt - _random.Next(10, 240)), "Shift lead (sample)", service, "A generated incident (sample).", physical, psychological);
        plan.On(plan.Day(0, 1), handler, s => s.AssignHandler(handler));
        if (_random.NextDouble() < 0.2) plan.On(plan.After(0, 2), handler, s => s.RaiseRisk(RiskLevel.Medium));

        var serious = physical >= PhysicalHarm.Moderate || psychological >= PsychologicalHarm.Severe;
        if (serious && _random.NextDouble() < 0.8) Candour(plan, handler, physical >= PhysicalHarm.Moderate);
        else if (_random.NextDouble() < 0.4)
            plan.On(plan.After(0, 5), handler, s => s.Apologise(ApologyMethod.InPerson, "The person harmed (sample)", "We are sorry (sample)."));

        Review(plan, handler, Pick([ReviewKind.AfterActionReview, ReviewKind.SwarmHuddle, ReviewKind.PatientSafetyIncidentInvestigation]), 0.7);
        var open = LearnAndAct(plan, handler, 0.8);
        Restorative(plan, 0.25);
        _ = Close(plan, handler, open, 0.6);
        return plan.Write(script);
    }

    private void Candour(Plan plan, string handler, bool physical)
    {
        var declared = plan.After(0, 2);
        var due = _days.After(declared, CasePolicy.DefaultCandourWorkingDays);
        plan.On(declared, handler, s => s.DeclareNotifiable(CandourRegime.HealthServiceBody, physical ? HarmCriterion.ModerateHarm : HarmCriterion.ProlongedPsychologicalHarm));
        var roll = _random.NextDouble();
        if (roll >= 0.95)
        {
            plan.System(due.AddDays(1), s => s.CheckOverdue(DutyKind.Candour, due));
            return;
        }

        var notified = _days.After(declared, roll < 0.8 ? _random.Next(1, 9) : _random.Next(11, 16));
        if (notified > due) plan.System(due.AddDays(1), s => s.CheckOverdue(DutyKind.Candour, due));
        plan.On(notified, handler, s => s.NotifyInPerson("The person harmed (sample)", "What happened (sample).", "The review (sample).", "We are sorry (sample).", handler));
        if (_random.NextDouble() < 0.85)
            plan.On(_days.After(notified, _random.Next(1, 12)), handler, s => s.SendCandourLetter("The person harmed (sample)", "What we found (sample).", "We are sorry (sample)."));
    }

    private void Advocacy(Plan plan, string handler)
    {
        if (_random.NextDouble() >= 0.2) return;
        plan.On(plan.After(0, 3), handler, s => s.OfferAdvocacy("Independent complaints advocacy"));
        var roll = _random.NextDouble();
        if (roll < 0.5) plan.On(plan.After(1, 5), handler, s => s.AssignAdvocate("Advocacy service (sample)", "An advocate (sample)"));
        else if (roll < 0.8) plan.On(plan.After(1, 5), handler, s => s.DeclineAdvocacy());
    }

    private void Review(Plan plan, string handler, ReviewKind kind, double chance)
    {
        if (_random.NextDouble() >= chance) return;
        var name = "review";
        plan.On(plan.After(1, 4), handler, s => s.StartReview(name, kind, handler, "What happened and why (sample)."));
        plan.On(plan.After(2, 8), handler, s => s.Finding(name, "What the review found (sample)."));
        plan.On(plan.After(1, 6), handler, s => s.CompleteReview(name, "The review's conclusion (sample)."));
    }

    /// <returns>The number of actions left open.</returns>
    private int LearnAndAct(Plan plan, string handler, double chance)
    {
        if (_random.NextDouble() >= chance) return 0;
        var themes = PickSome(SampleVocabulary.Themes, 1, 2);
        var sources = PickSome(Enum.GetValues<AvoidableHarmSource>(), 0, 2);
        var level = Pick(Enum.GetValues<LearningLevel>());
        plan.On(plan.After(1, 5), handler, s => s.Learn(level, "What we learned (sample).", themes, sources));
        var open = 0;
        for (var a = 0; a < _random.Next(0, 3); a++)
        {
            var name = "action-" + a.ToString(CultureInfo.InvariantCulture);
            var committed = plan.After(0, 2);
            var due = _days.After(committed, _random.Next(15, 60));
            plan.On(committed, handler, s => s.CommitAction(name, "An improvement (sample).", "Team manager (sample)", due));
            var roll = _random.NextDouble();
            if (roll >= 0.7) plan.System(due.AddDays(1), s => s.CheckOverdue(DutyKind.Action, due, name));
            if (roll < 0.85)
                plan.On(roll < 0.7 ? _days.After(committed, _random.Next(1, 15)) : _days.After(due, _random.Next(2, 20)), handler,
                    s => s.CompleteAction(name, "Evidence it was done (sample)."));
            else open++;
        }

        return open;
    }

    private void Restorative(Plan plan, double chance)
    {
        if (_random.NextDouble() >= chance) return;
        const string Facilitator = "farah";
        plan.On(plan.After(1, 10), Facilitator, s => s.OfferRestorative(Facilitator, "The person harmed (sample)"));
        if (_random.NextDouble() >= 0.6)
        {
            plan.On(plan.After(1, 10), Facilitator, s => s.DeclineRestorative());
            return;
        }

        plan.On(plan.After(1, 10), Facilitator, s => s.AcceptRestorative());
        plan.On(plan.After(5, 20), Facilitator, s => s.HoldMeeting(Pick(Enum.GetValues<RestorativeFormat>()), Facilitator, ["The person harmed (sample)", "Staff (sample)"]));
        if (_random.NextDouble() >= 0.8) return;
        plan.On(plan.After(0, 1), Facilitator, s => s.ReachAgreement("agreement", [new Commitment("Meet again in a month (sample)", "Team manager (sample)", null)]));
        if (_random.NextDouble() < 0.8)
        {
            var kept = _random.NextDouble() < 0.75;
            plan.On(plan.After(15, 40), Facilitator, s => s.FollowUp("agreement", kept));
        }
    }

    private bool Close(Plan plan, string handler, int openActions, double chance)
    {
        if (_random.NextDouble() >= chance) return false;
        var reason = openActions > 0 ? "Closed with actions tracked by the service plan (sample)." : null;
        plan.On(plan.After(1, 10), handler, s => s.Close(reason));
        return true;
    }

    private int Minute(int fromHour, int toHour) => _random.Next(fromHour * 60, toHour * 60);

    private static string Time(int minute) => $"{minute / 60:D2}:{minute % 60:D2}";

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private IReadOnlyList<T> PickSome<T>(IReadOnlyList<T> items, int min, int max) =>
        [.. Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => Pick(items)).Distinct()];

    private T Weighted<T>(params (T Value, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }

        return choices[^1].Value;
    }

    /// <summary>
    /// The steps of one case, planned in the order they logically follow, each on a day no earlier
    /// than the step before; the system's overdue checks go in at 00:05 on the day after a due date.
    /// Written in time order, up to yesterday.
    /// </summary>
    private sealed class Plan(CaseHistoryGenerator generator, DateOnly opened, int openedAt)
    {
        private readonly List<(DateOnly Day, int Minute, int Order, string Actor, Func<SampleCaseScript, SampleCaseScript> Step)> _steps = [];
        private readonly DateOnly _opened = opened;
        private DateOnly _day = opened;
        private int _minute = openedAt;

        public int OpenedAt { get; } = openedAt;

        public DateOnly Day(int minWorkingDays, int maxWorkingDays) =>
            generator._days.After(_opened, generator._random.Next(minWorkingDays, maxWorkingDays + 1));

        /// <summary>A day some working days after the latest step so far.</summary>
        public DateOnly After(int minWorkingDays, int maxWorkingDays) =>
            generator._days.After(_day, generator._random.Next(minWorkingDays, maxWorkingDays + 1));

        public void On(DateOnly day, string actor, Func<SampleCaseScript, SampleCaseScript> step)
        {
            if (day < _day) day = _day;
            _minute = day == _day ? Math.Min(_minute + generator._random.Next(5, 90), (23 * 60) + 50) : generator.Minute(8, 18);
            _day = day;
            _steps.Add((day, _minute, _steps.Count, actor, step));
        }

        public void System(DateOnly day, Func<SampleCaseScript, SampleCaseScript> step) =>
            _steps.Add((day, 5, _steps.Count, CaseDecider.SystemActor, step));

        public SampleCaseScript Write(SampleCaseScript script)
        {
            var lastDay = generator._days.Today.AddDays(-1);
            foreach (var (day, minute, _, actor, step) in _steps.OrderBy(s => s.Day).ThenBy(s => s.Minute).ThenBy(s => s.Order))
            {
                if (day > lastDay) break;
                step(script.OnDate(day, Time(minute), actor));
            }

            return script;
        }
    }
}
