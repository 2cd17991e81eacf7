using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Carrying_out_the_duty_of_candour
{
    private static readonly NotifiableIncidentDeclared Declared = Declaring_a_notifiable_incident.Declared;

    private static readonly DateTimeOffset NotifiedAt = London(2026, 6, 9, 11, 0);

    private static CandourNotificationGiven Notified { get; } =
        new(NotifiedAt, "The resident and their daughter", "We did not check the ward door alarm.", "A review will look at night staffing.", "Ward manager", Colleague, NotifiedAt);

    [Fact]
    public void the_notification_in_person_also_records_the_apology_it_must_include()
    {
        Given(IncidentWasReported, Declared)
            .When(new GiveCandourNotification(NotifiedAt, "The resident and their daughter", "We did not check the ward door alarm.",
                "A review will look at night staffing.", "We are sorry.", "Ward manager"))
            .Then(
                new CandourNotificationGiven(NotifiedAt, "The resident and their daughter", "We did not check the ward door alarm.",
                    "A review will look at night staffing.", "Ward manager", Actor, Now),
                new ApologyGiven(NotifiedAt, ApologyMethod.InPerson, "The resident and their daughter", "We are sorry.", Actor, Now));
    }

    [Fact]
    public void there_is_no_candour_to_carry_out_before_the_incident_is_declared_notifiable()
    {
        Given(IncidentWasReported)
            .When(new GiveCandourNotification(null, "The resident", "Account", "Enquiries", "Sorry", "Ward manager"))
            .ThenRejects(Rules.NotDeclaredNotifiable);
    }

    [Fact]
    public void the_person_is_notified_in_person_once()
    {
        Given(IncidentWasReported, Declared, Notified)
            .When(new GiveCandourNotification(null, "The resident", "Account", "Enquiries", "Sorry", "Ward manager"))
            .ThenRejects(Rules.CandourNotificationAlreadyGiven);
    }

    [Fact]
    public void the_letter_follows_the_notification_in_person()
    {
        Given(IncidentWasReported, Declared)
            .When(new SendCandourLetter(null, "The resident", "The alarm was off.", "We are sorry."))
            .ThenRejects(Rules.CandourLetterBeforeNotification);
    }

    [Fact]
    public void the_letter_records_the_results_of_enquiries_and_the_apology()
    {
        Given(IncidentWasReported, Declared, Notified)
            .When(new SendCandourLetter(null, "The resident", "The alarm was off.", "We are sorry."))
            .Then(new CandourLetterSent(Now, "The resident", "The alarm was off.", "We are sorry.", Actor, Now));
    }

    [Fact]
    public void the_letter_cannot_predate_the_notification()
    {
        Given(IncidentWasReported, Declared, Notified)
            .When(new SendCandourLetter(NotifiedAt.AddHours(-1), "The resident", "The alarm was off.", "We are sorry."))
            .ThenRejects(Rules.CandourLetterBeforeNotification);
    }

    [Fact]
    public void the_letter_is_sent_once()
    {
        Given(IncidentWasReported, Declared, Notified, new CandourLetterSent(NotifiedAt.AddDays(5), "The resident", "r", "a", Colleague, NotifiedAt.AddDays(5)))
            .When(new SendCandourLetter(null, "The resident", "The alarm was off.", "We are sorry."))
            .ThenRejects(Rules.CandourLetterAlreadySent);
    }

    [Fact]
    public void failed_contact_is_recorded_with_its_outcome()
    {
        var attemptId = Guid.CreateVersion7();

        Given(IncidentWasReported, Declared)
            .When(new RecordContactAttempt(attemptId, null, ContactMethod.Phone, ContactOutcome.NoResponse, "No answer; voicemail left."))
            .Then(new ContactAttemptFailed(attemptId, Now, ContactMethod.Phone, ContactOutcome.NoResponse, "No answer; voicemail left.", Actor, Now));
    }

    [Fact]
    public void contact_attempts_need_a_declared_incident()
    {
        Given(IncidentWasReported)
            .When(new RecordContactAttempt(Guid.CreateVersion7(), null, ContactMethod.Phone, ContactOutcome.NoResponse, null))
            .ThenRejects(Rules.NotDeclaredNotifiable);
    }

    [Theory]
    [InlineData(ContactOutcome.Declined, true)]
    [InlineData(ContactOutcome.CouldNotBeContacted, true)]
    [InlineData(ContactOutcome.NoResponse, false)]
    public void a_person_who_declines_or_cannot_be_reached_ends_the_duty_to_notify(ContactOutcome outcome, bool discharged)
    {
        var state = CaseState.From([IncidentWasReported, Declared,
            new ContactAttemptFailed(Guid.CreateVersion7(), NotifiedAt, ContactMethod.Phone, outcome, null, Colleague, NotifiedAt)]);

        Assert.Equal(discharged, state!.Candour!.DischargedAt is not null);
        Assert.Equal(!discharged, Duties.Open(state).Any(d => d.Kind == DutyKind.Candour));
    }
}
