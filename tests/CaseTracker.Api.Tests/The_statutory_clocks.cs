using CaseTracker.Api.Cases.Clocks;
using CaseTracker.Api.Tests.Infrastructure;
using CaseTracker.Domain.Cases;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CaseTracker.Api.Tests;

/// <summary>
/// Duty checks are durable Wolverine messages, scheduled in PostgreSQL with the events and polled
/// every second here. Cases whose dates have already passed are checked at once.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class The_statutory_clocks(CaseTrackerApp app)
{
    private static readonly DateTimeOffset Today = new(2026, 9, 16, 9, 0, 0, TimeSpan.Zero);

    // Tuesday 1 September 2026: acknowledgement due Friday 4 September, overdue from midnight (23:00 UTC).
    private static readonly DateTimeOffset ReceivedTuesday = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset AckOverdueFrom = new(2026, 9, 4, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task a_complaint_raised_after_its_acknowledgement_was_due_is_flagged_overdue_at_once_and_only_once()
    {
        app.Clock.SetTo(Today);
        var handler = Caller.InNewTenant(app);

        var id = await handler.RaiseComplaint(ReceivedTuesday);

        var entries = await Eventually.UntilEntry(handler, id, "acknowledgement-overdue");
        var ack = await Eventually.Duty(handler, id, "Acknowledgement");
        Assert.Equal(AckOverdueFrom, (DateTimeOffset)ack["overdueSince"]!);
        Assert.Null(ack["doneAt"]);
        Assert.Contains("We did not acknowledge the complaint by Friday 4 September 2026", (string?)entries.Single()["description"]);

        // The same check delivered again, as after a crash or by a second node, appends nothing.
        using var scope = app.Host.Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await bus.InvokeAsync(new CheckDuty(id, handler.Tenant, DutyKind.Acknowledgement, null, new DateOnly(2026, 9, 4)));
        await bus.InvokeAsync(new CheckDuty(id, handler.Tenant, DutyKind.Acknowledgement, null, new DateOnly(2026, 9, 4)));
        Assert.Single(await Eventually.Entries(handler, id, "acknowledgement-overdue"));
    }

    [Fact]
    public async Task a_duty_done_before_its_check_fires_is_never_flagged()
    {
        // Three seconds of real time before the acknowledgement falls due.
        app.Clock.SetTo(AckOverdueFrom.AddSeconds(-3));
        var handler = Caller.InNewTenant(app);
        var acknowledged = await handler.RaiseComplaint(ReceivedTuesday);
        var ignored = await handler.RaiseComplaint(ReceivedTuesday);

        await handler.Post($"/api/cases/{acknowledged}/acknowledgement", Bodies.Acknowledgement(), 200);

        // Both checks were scheduled for the same moment: once the ignored case is flagged, the other check has run too.
        await Eventually.UntilEntry(handler, ignored, "acknowledgement-overdue");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await Eventually.Entries(handler, acknowledged, "acknowledgement-overdue"));
        var ack = await Eventually.Duty(handler, acknowledged, "Acknowledgement");
        Assert.NotNull(ack["doneAt"]);
        Assert.Null(ack["overdueSince"]);
    }

    [Fact]
    public async Task a_missed_response_date_is_flagged_and_an_extension_takes_the_case_off_the_overdue_queue()
    {
        app.Clock.SetTo(Today);
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint(ReceivedTuesday);
        await handler.Post($"/api/cases/{id}/acknowledgement",
            Bodies.Acknowledgement(acknowledgedAt: ReceivedTuesday.AddDays(1), responseDueBy: new DateOnly(2026, 9, 10)), 200);

        await Eventually.UntilEntry(handler, id, "response-overdue");
        var queue = await handler.GetJson("/api/queues/overdue?kind=Response");
        Assert.Equal(id, (Guid)queue["items"]![0]!["caseId"]!);
        Assert.Equal(1, (int)queue["total"]!);

        await handler.Post($"/api/cases/{id}/response-deadline", new { dueBy = new DateOnly(2026, 10, 9), reason = "The review needs three more weeks." }, 200);

        Assert.Equal(0, (int)(await handler.GetJson("/api/queues/overdue?kind=Response"))["total"]!);
        var response = await Eventually.Duty(handler, id, "Response");
        Assert.Equal("2026-10-09", (string?)response["dueBy"]);
        Assert.Null(response["overdueSince"]);
    }

    [Fact]
    public async Task an_action_past_its_date_is_flagged_overdue()
    {
        app.Clock.SetTo(Today);
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint(Today);

        await handler.Post($"/api/cases/{id}/actions", Bodies.Action(new DateOnly(2026, 9, 15)), 201);

        var entry = (await Eventually.UntilEntry(handler, id, "action-overdue")).Single();
        Assert.Contains("Care plan changes always agreed with the person first", (string?)entry["description"]);
    }

    [Fact]
    public async Task candour_not_completed_within_ten_working_days_of_the_declaration_is_flagged()
    {
        app.Clock.SetTo(Today);
        var handler = Caller.InNewTenant(app);
        var id = await handler.ReportIncident(Today.AddDays(-30));

        // Declared on Monday 17 August 2026: ten working days (the bank holiday skipped) end on Tuesday 1 September.
        await handler.Post($"/api/cases/{id}/candour/notifiable",
            new { regime = "RegisteredPerson", criteria = new[] { "ProlongedPsychologicalHarm" }, declaredAt = new DateTimeOffset(2026, 8, 17, 12, 0, 0, TimeSpan.FromHours(1)) }, 200);

        var entry = (await Eventually.UntilEntry(handler, id, "candour-overdue")).Single();
        Assert.Contains("Tuesday 1 September 2026", (string?)entry["description"]);
        var candour = await Eventually.Duty(handler, id, "Candour");
        Assert.Equal("2026-09-01", (string?)candour["dueBy"]);
    }

    [Fact]
    public async Task the_overdue_queue_lists_the_oldest_first_and_filters_by_kind_and_handler()
    {
        app.Clock.SetTo(Today);
        var alice = Caller.InNewTenant(app);
        var older = await alice.RaiseComplaint(ReceivedTuesday.AddDays(-7));
        var newer = await alice.RaiseComplaint(ReceivedTuesday);
        await alice.Post($"/api/cases/{newer}/handler", new { handler = "bob" }, 200);
        await Eventually.UntilEntry(alice, older, "acknowledgement-overdue");
        await Eventually.UntilEntry(alice, newer, "acknowledgement-overdue");

        var all = await alice.GetJson("/api/queues/overdue");
        var bobs = await alice.GetJson("/api/queues/overdue?handler=bob&kind=acknowledgement");

        Assert.Equal([older, newer], all["items"]!.AsArray().Select(i => (Guid)i!["caseId"]!));
        Assert.Equal(newer, (Guid)bobs["items"]!.AsArray().Single()!["caseId"]!);
        Assert.Equal(0, (int)(await alice.GetJson("/api/queues/overdue?kind=Candour"))["total"]!);
        await alice.Get("/api/queues/overdue?kind=Sometime", 400);
    }
}
