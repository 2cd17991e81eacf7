using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Declaring_a_notifiable_incident
{
    /// <summary>Thursday 16 July 2026 plus 10 working days (no bank holiday between).</summary>
    private static readonly DateOnly CandourDue = new(2026, 7, 30);

    [Theory]
    [InlineData(HarmCriterion.Death)]
    [InlineData(HarmCriterion.SevereHarm)]
    [InlineData(HarmCriterion.ModerateHarm)]
    [InlineData(HarmCriterion.ProlongedPsychologicalHarm)]
    public void a_health_service_body_declares_death_severe_moderate_or_prolonged_psychological_harm(HarmCriterion criterion)
    {
        Given(IncidentWasReported)
            .When(new DeclareNotifiableIncident(CandourRegime.HealthServiceBody, [criterion], null))
            .Then(new NotifiableIncidentDeclared(CandourRegime.HealthServiceBody, [criterion], Now, CandourDue, Actor, Now));
    }

    [Theory]
    [InlineData(HarmCriterion.LowHarm)]
    [InlineData(HarmCriterion.ProlongedPain)]
    [InlineData(HarmCriterion.ChangeToBodyStructure)]
    [InlineData(HarmCriterion.TreatmentToPreventHarm)]
    public void a_health_service_body_cannot_declare_harm_below_its_threshold(HarmCriterion criterion)
    {
        Given(IncidentWasReported)
            .When(new DeclareNotifiableIncident(CandourRegime.HealthServiceBody, [criterion], null))
            .ThenRejects(Rules.BelowCandourThreshold);
    }

    [Theory]
    [InlineData(HarmCriterion.Death)]
    [InlineData(HarmCriterion.SensoryMotorOrIntellectualImpairment)]
    [InlineData(HarmCriterion.ChangeToBodyStructure)]
    [InlineData(HarmCriterion.ProlongedPain)]
    [InlineData(HarmCriterion.ProlongedPsychologicalHarm)]
    [InlineData(HarmCriterion.ShortenedLifeExpectancy)]
    [InlineData(HarmCriterion.TreatmentToPreventHarm)]
    public void a_registered_person_declares_any_harm_on_the_social_care_list(HarmCriterion criterion)
    {
        Given(IncidentWasReported)
            .When(new DeclareNotifiableIncident(CandourRegime.RegisteredPerson, [criterion], null))
            .Then(new NotifiableIncidentDeclared(CandourRegime.RegisteredPerson, [criterion], Now, CandourDue, Actor, Now));
    }

    [Theory]
    [InlineData(HarmCriterion.LowHarm)]
    [InlineData(HarmCriterion.ModerateHarm)]
    [InlineData(HarmCriterion.SevereHarm)]
    public void a_registered_person_cannot_declare_harm_outside_its_threshold(HarmCriterion criterion)
    {
        Given(IncidentWasReported)
            .When(new DeclareNotifiableIncident(CandourRegime.RegisteredPerson, [criterion], null))
            .ThenRejects(Rules.BelowCandourThreshold);
    }

    [Fact]
    public void one_criterion_below_the_threshold_spoils_the_declaration_and_the_refusal_names_the_threshold()
    {
        var outcome = Given(IncidentWasReported)
            .When(new DeclareNotifiableIncident(CandourRegime.RegisteredPerson, [HarmCriterion.Death, HarmCriterion.LowHarm], null));

        outcome.ThenRejects(Rules.BelowCandourThreshold);
        Assert.Contains("LowHarm", outcome.Decision.Violation!.Detail, StringComparison.Ordinal);
        Assert.Contains("28 days or more", outcome.Decision.Violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void no_criteria_at_all_is_below_the_threshold()
    {
        Given(IncidentWasReported)
            .When(new DeclareNotifiableIncident(CandourRegime.HealthServiceBody, [], null))
            .ThenRejects(Rules.BelowCandourThreshold);
    }

    [Fact]
    public void the_candour_due_date_follows_the_providers_policy_and_skips_bank_holidays()
    {
        var thursdayBeforeBankHoliday = London(2026, 8, 27, 10, 0);
        var state = CaseState.From([IncidentWasReported]);
        var context = new DecisionContext(Actor, thursdayBeforeBankHoliday, Scenario.Calendar) { Policy = new CasePolicy(CandourWorkingDays: 3) };

        var decision = CaseDecider.Decide(new DeclareNotifiableIncident(CandourRegime.HealthServiceBody, [HarmCriterion.Death], null), state, context);

        // Friday 28 August, (bank holiday Monday 31 skipped), Tuesday 1 and Wednesday 2 September.
        Assert.Equal(new DateOnly(2026, 9, 2), Assert.IsType<NotifiableIncidentDeclared>(Assert.Single(decision.Events)).CandourDueBy);
    }

    [Fact]
    public void an_incident_is_declared_notifiable_only_once()
    {
        Given(IncidentWasReported, Declared)
            .When(new DeclareNotifiableIncident(CandourRegime.HealthServiceBody, [HarmCriterion.Death], null))
            .ThenRejects(Rules.AlreadyDeclaredNotifiable);
    }

    [Fact]
    public void a_declaration_cannot_be_dated_in_the_future()
    {
        Given(IncidentWasReported)
            .When(new DeclareNotifiableIncident(CandourRegime.HealthServiceBody, [HarmCriterion.Death], Now.AddDays(2)))
            .ThenRejects(Rules.InTheFuture);
    }

    internal static NotifiableIncidentDeclared Declared { get; } =
        new(CandourRegime.HealthServiceBody, [HarmCriterion.ModerateHarm], IncidentOccurredAt.AddDays(1), new DateOnly(2026, 6, 22), Colleague, IncidentOccurredAt.AddDays(1));
}
