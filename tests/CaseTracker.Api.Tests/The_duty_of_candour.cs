using CaseTracker.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace CaseTracker.Api.Tests;

/// <summary>Regulation 20: declare, tell the person in person with an apology, then write.</summary>
[Collection(ApiCollection.Name)]
public sealed class The_duty_of_candour(CaseTrackerApp app)
{
    // Monday 7 September 2026, 22:40 London: the incident.
    private static readonly DateTimeOffset Occurred = new(2026, 9, 7, 22, 40, 0, TimeSpan.FromHours(1));

    private static object Declaration(string regime = "HealthServiceBody", params string[] criteria) =>
        new { regime, criteria = criteria.Length == 0 ? ["ModerateHarm", "ProlongedPsychologicalHarm"] : criteria };

    private static object Notification => new
    {
        to = "The resident and their daughter",
        account = "Staff did not follow the de-escalation plan before restraint.",
        furtherEnquiries = "An after action review of the night shift.",
        apology = "We are sorry for the harm you suffered.",
        givenBy = "Registered manager",
    };

    private static object Letter => new { to = "The resident", enquiryResults = "The review found the plan was not on the ward.", apology = "We are sorry." };

    private async Task<(Caller Handler, Guid Id)> CandourCase()
    {
        app.Clock.SetTo(Occurred.AddHours(1));
        var handler = Caller.InNewTenant(app);
        var id = await handler.ReportIncident(Occurred);
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 8, 10, 0, 0, TimeSpan.FromHours(1)));
        await handler.Post($"/api/cases/{id}/candour/notifiable", Declaration(), 200);
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 10, 15, 0, 0, TimeSpan.FromHours(1)));
        await handler.Post($"/api/cases/{id}/candour/notification", Notification, 200);
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 17, 11, 0, 0, TimeSpan.FromHours(1)));
        await handler.Post($"/api/cases/{id}/candour/letter", Letter, 200);
        return (handler, id);
    }

    [Fact]
    public async Task a_notifiable_incident_is_notified_in_person_with_an_apology_and_then_in_writing()
    {
        var (handler, id) = await CandourCase();

        var summary = await handler.GetJson($"/api/cases/{id}");
        var timeline = await handler.GetJson($"/api/cases/{id}/timeline");
        var candour = await Eventually.Duty(handler, id, "Candour");

        Assert.Equal(1, (int)summary["apologiesGiven"]!);
        Assert.Equal(2, (int)timeline["intervals"]!["workingDaysToCandourNotification"]!);
        Assert.Equal(7, (int)timeline["intervals"]!["workingDaysToCandourLetter"]!);
        Assert.Equal("2026-09-22", (string?)candour["dueBy"]);
        Assert.NotNull(candour["doneAt"]);
        Assert.Contains(timeline["entries"]!.AsArray(), e => ((string?)e!["description"])!.StartsWith("We apologised to", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_timeline_of_a_candour_case()
    {
        var (handler, id) = await CandourCase();

        var timeline = await handler.GetJson($"/api/cases/{id}/timeline");

        Snapshot.Match(JObject.Parse(timeline.ToJsonString()), options => options.IgnoreField("id"));
    }

    [Fact]
    public async Task the_deadlines_show_the_candour_duty_until_the_letter_is_sent()
    {
        app.Clock.SetTo(Occurred.AddHours(1));
        var handler = Caller.InNewTenant(app);
        var id = await handler.ReportIncident(Occurred);
        await handler.Post($"/api/cases/{id}/candour/notifiable", Declaration(), 200);
        await handler.Post($"/api/cases/{id}/candour/notification", Notification, 200);

        var candour = await Eventually.Duty(handler, id, "Candour");

        Assert.Null(candour["doneAt"]);
    }

    [Fact]
    public async Task harm_below_the_regimes_threshold_is_unprocessable_and_the_problem_names_the_threshold()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.ReportIncident(app.Clock.GetUtcNow().AddHours(-2));

        var problem = await Caller.Body(await handler.Post($"/api/cases/{id}/candour/notifiable", Declaration("RegisteredPerson", "ModerateHarm"), 422));

        Assert.Equal("/problems/rules/below-candour-threshold", (string?)problem["type"]);
        Assert.Contains("28 days or more", (string?)problem["detail"]);
        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Fact]
    public async Task the_candour_endpoints_answer_bad_input_unknown_cases_broken_rules_and_stale_versions_with_problems()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.ReportIncident(app.Clock.GetUtcNow().AddHours(-2));

        var invalid = await Caller.Body(await handler.Post($"/api/cases/{id}/candour/notifiable", new { regime = "HealthServiceBody", criteria = Array.Empty<string>() }, 400));
        Assert.NotNull(invalid["errors"]!["criteria"]);
        await handler.Post($"/api/cases/{id}/candour/notification", new { to = "The resident" }, 400);
        await handler.Post($"/api/cases/{Guid.NewGuid()}/candour/notifiable", Declaration(), 404);
        var notDeclared = await Caller.Body(await handler.Post($"/api/cases/{id}/candour/letter", Letter, 409));
        Assert.Equal("/problems/rules/not-declared-notifiable", (string?)notDeclared["type"]);

        await handler.Post($"/api/cases/{id}/candour/notifiable", Declaration(), 200, ifMatch: "\"1\"");
        await handler.Post($"/api/cases/{id}/candour/notification", Notification, 412, ifMatch: "\"1\"");
        var early = await Caller.Body(await handler.Post($"/api/cases/{id}/candour/letter", Letter, 409));
        Assert.Equal("/problems/rules/candour-letter-before-notification", (string?)early["type"]);
    }

    [Fact]
    public async Task a_failed_contact_attempt_is_recorded_with_an_id_and_a_declined_one_ends_the_duty()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.ReportIncident(app.Clock.GetUtcNow().AddHours(-2));
        await handler.Post($"/api/cases/{id}/candour/notifiable", Declaration(), 200);

        var first = await Caller.Body(await handler.Post($"/api/cases/{id}/candour/contact-attempts", new { method = "Phone", outcome = "NoResponse" }, 201));
        await handler.Post($"/api/cases/{id}/candour/contact-attempts", new { method = "Letter", outcome = "Declined", notes = "Wrote back: does not wish to meet." }, 201);
        await handler.Post($"/api/cases/{id}/candour/contact-attempts", new { method = "Pigeon", outcome = "Declined" }, 400);

        Assert.NotNull((string?)first["id"]);
        var candour = await Eventually.Duty(handler, id, "Candour");
        Assert.NotNull(candour["doneAt"]);
    }
}
