using System.Reflection;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests;

/// <summary>
/// Every endpoint, tried by every role, on a case of the caller's own organisation and on one of
/// another's: the exact answer each must get. A role without the permission gets 403; with it, the
/// endpoint works on its own tenant's case and answers 404 for anyone else's (no enumeration).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Who_may_do_what(CaseTrackerApp app)
{
    /// <summary>What a caller sends once the case is in the state the endpoint needs.</summary>
    public sealed record Attempt(string Url, object? Body, int Success);

    /// <summary>How to reach one endpoint: its permission, and how to prepare a case it can act on.</summary>
    public sealed record Endpoint(string Method, string Route, Permission Permission, Func<Caller, Task<Attempt>> Arrange)
    {
        public override string ToString() => $"{Method} {Route}";
    }

    private static readonly DateOnly Later = new(2026, 12, 18);
    private static readonly DateOnly Today = new(2026, 9, 16);
    private static readonly object Declaration = new { regime = "HealthServiceBody", criteria = new[] { "ModerateHarm" } };
    private static readonly object Notification = new
    {
        to = "The resident", account = "Restraint without the de-escalation plan.", furtherEnquiries = "An after action review.",
        apology = "We are sorry.", givenBy = "Registered manager",
    };

    private static readonly object RestorativeOffer = new { facilitator = "Jo", offeredTo = "Sam Taylor" };
    private static readonly object Meeting = new { format = "Circle", facilitator = "Jo", participants = new[] { "Sam Taylor", "Team manager" } };
    private static readonly object Agreement = new { commitments = new[] { new { what = "Review the plan with Sam", owner = "Team manager", dueBy = Later } } };

    public static readonly IReadOnlyList<Endpoint> Endpoints =
    [
        new("POST", "/api/complaints", Permission.RaiseCases, async h => new("/api/complaints", Bodies.Complaint(new DateTimeOffset(2026, 9, 14, 9, 0, 0, TimeSpan.Zero)), 201)),
        new("POST", "/api/incidents", Permission.RaiseCases, async h => new("/api/incidents", Bodies.Incident(new DateTimeOffset(2026, 9, 14, 9, 0, 0, TimeSpan.Zero)), 201)),
        new("GET", "/api/cases", Permission.ReadCases, async h => new("/api/cases", null, 200)),
        new("GET", "/api/cases/{id}", Permission.ReadCases, async h => new($"/api/cases/{await h.RaiseComplaint()}", null, 200)),
        new("GET", "/api/cases/{id}/timeline", Permission.ReadCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/timeline", null, 200)),
        new("POST", "/api/cases/{id}/acknowledgement", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/acknowledgement", Bodies.Acknowledgement(), 200)),
        new("POST", "/api/cases/{id}/handler", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/handler", new { handler = "bob" }, 200)),
        new("POST", "/api/cases/{id}/response-deadline", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/response-deadline", new { dueBy = Later }, 200)),
        new("POST", "/api/cases/{id}/apologies", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/apologies", Bodies.Apology(), 200)),
        new("POST", "/api/cases/{id}/reviews", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/reviews", new { kind = "LocalReview", lead = "Quality lead" }, 201)),
        new("POST", "/api/cases/{id}/reviews/{reviewId}/findings", Permission.WorkCases, async h =>
        {
            var (id, review) = await WithReview(h);
            return new($"/api/cases/{id}/reviews/{review}/findings", new { finding = "No one phoned back." }, 201);
        }),
        new("POST", "/api/cases/{id}/reviews/{reviewId}/completion", Permission.WorkCases, async h =>
        {
            var (id, review) = await WithReview(h);
            return new($"/api/cases/{id}/reviews/{review}/completion", new { summary = "Done." }, 200);
        }),
        new("POST", "/api/cases/{id}/learning", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/learning",
            new { summary = "Attempt back within a day.", themes = new[] { "Communication" }, level = "Team" }, 201)),
        new("POST", "/api/cases/{id}/actions", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/actions", Bodies.Action(Later), 201)),
        new("POST", "/api/cases/{id}/actions/{actionId}/completion", Permission.WorkCases, async h =>
        {
            var id = await h.RaiseComplaint();
            var action = (string)(await Caller.Body(await h.Post($"/api/cases/{id}/actions", Bodies.Action(Later), 201)))["id"]!;
            return new($"/api/cases/{id}/actions/{action}/completion", new { evidence = "Checklist in use." }, 200);
        }),
        new("POST", "/api/cases/{id}/final-response", Permission.WorkCases, async h =>
        {
            var id = await h.RaiseComplaint();
            await h.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200);
            return new($"/api/cases/{id}/final-response", Bodies.FinalResponse(), 200);
        }),
        new("POST", "/api/cases/{id}/closure", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/closure", new { reason = "Resolved." }, 200)),
        new("POST", "/api/cases/{id}/reopening", Permission.WorkCases, async h =>
        {
            var id = await h.RaiseComplaint();
            await h.Post($"/api/cases/{id}/closure", new { reason = "Resolved." }, 200);
            return new($"/api/cases/{id}/reopening", new { reason = "It was not resolved." }, 200);
        }),
        new("POST", "/api/cases/{id}/withdrawal", Permission.WorkCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/withdrawal", new { reason = "Sorted." }, 200)),
        new("GET", "/api/reports/learning", Permission.ReadReports, async h => new("/api/reports/learning?from=2026-01&to=2026-06", null, 200)),
        new("GET", "/api/reports/annual/{year}", Permission.ReadReports, async h => new("/api/reports/annual/2026", null, 200)),
        new("GET", "/api/reports/cqc-summary", Permission.ReadReports, async h => new("/api/reports/cqc-summary?from=2026-01&to=2026-06", null, 200)),
        new("POST", "/api/cases/{id}/notes", Permission.AddNotes, async h => new($"/api/cases/{await h.RaiseComplaint()}/notes", new { text = "Called back." }, 201)),
        new("GET", "/api/cases/{id}/events", Permission.ReadAudit, async h => new($"/api/cases/{await h.RaiseComplaint()}/events", null, 200)),
        new("GET", "/api/cases/{id}/history", Permission.ReadAudit, async h => new($"/api/cases/{await h.RaiseComplaint()}/history?version=1", null, 200)),
        new("GET", "/api/cases/{id}/integrity", Permission.ReadAudit, async h => new($"/api/cases/{await h.RaiseComplaint()}/integrity", null, 200)),
        new("GET", "/api/cases/{id}/export", Permission.ReadAudit, async h => new($"/api/cases/{await h.RaiseComplaint()}/export", null, 200)),
        new("GET", "/api/integrity/checkpoints", Permission.ReadAudit, async h => new("/api/integrity/checkpoints", null, 200)),
        new("POST", "/api/integrity/checkpoints", Permission.Administer, async h => new("/api/integrity/checkpoints", new { }, 201)),
        new("POST", "/api/cases/{id}/erasure", Permission.Administer, async h => new($"/api/cases/{await h.RaiseComplaint()}/erasure",
            new { ground = "ConsentWithdrawn", reason = "Asked in writing." }, 200)),
        new("GET", "/api/cases/{id}/deadlines", Permission.ReadCases, async h => new($"/api/cases/{await h.RaiseComplaint()}/deadlines", null, 200)),
        new("GET", "/api/queues/overdue", Permission.ReadCases, async h => new("/api/queues/overdue", null, 200)),
        new("POST", "/api/cases/{id}/candour/notifiable", Permission.WorkCases, async h => new($"/api/cases/{await h.ReportIncident()}/candour/notifiable", Declaration, 200)),
        new("POST", "/api/cases/{id}/candour/notification", Permission.WorkCases, async h => new($"/api/cases/{await Declared(h)}/candour/notification", Notification, 200)),
        new("POST", "/api/cases/{id}/candour/letter", Permission.WorkCases, async h =>
        {
            var id = await Declared(h);
            await h.Post($"/api/cases/{id}/candour/notification", Notification, 200);
            return new($"/api/cases/{id}/candour/letter", new { to = "The resident", enquiryResults = "The plan was not on the ward.", apology = "We are sorry." }, 200);
        }),
        new("POST", "/api/cases/{id}/candour/contact-attempts", Permission.WorkCases, async h =>
            new($"/api/cases/{await Declared(h)}/candour/contact-attempts", new { method = "Phone", outcome = "NoResponse" }, 201)),
        new("GET", "/api/restorative/cases", Permission.ReadCases, async h => new("/api/restorative/cases?facilitator=Jo", null, 200)),
        new("POST", "/api/cases/{id}/restorative/offer", Permission.RestorativeWork, async h => new($"/api/cases/{await h.RaiseComplaint()}/restorative/offer", RestorativeOffer, 200)),
        new("POST", "/api/cases/{id}/restorative/acceptance", Permission.RestorativeWork, async h => new($"/api/cases/{await Restorative(h, offered: true)}/restorative/acceptance", new { notes = "Yes." }, 200)),
        new("POST", "/api/cases/{id}/restorative/declining", Permission.RestorativeWork, async h => new($"/api/cases/{await Restorative(h, offered: true)}/restorative/declining", new { reason = "Not now." }, 200)),
        new("POST", "/api/cases/{id}/restorative/harmed-parties", Permission.RestorativeWork, async h => new($"/api/cases/{await Restorative(h, offered: true)}/restorative/harmed-parties",
            new { who = "Sam Taylor", needs = new[] { "To be heard" }, whoseObligation = "Team manager" }, 201)),
        new("POST", "/api/cases/{id}/restorative/meetings", Permission.RestorativeWork, async h => new($"/api/cases/{await Restorative(h, offered: true, accepted: true)}/restorative/meetings", Meeting, 201)),
        new("POST", "/api/cases/{id}/restorative/agreements", Permission.RestorativeWork, async h => new($"/api/cases/{await Restorative(h, offered: true, accepted: true, met: true)}/restorative/agreements", Agreement, 201)),
        new("POST", "/api/cases/{id}/restorative/agreements/{agreementId}/follow-ups", Permission.RestorativeWork, async h =>
        {
            var id = await Restorative(h, offered: true, accepted: true, met: true);
            var agreement = (string)(await Caller.Body(await Facilitator(h).Post($"/api/cases/{id}/restorative/agreements", Agreement, 201)))["id"]!;
            return new($"/api/cases/{id}/restorative/agreements/{agreement}/follow-ups", new { kept = true }, 201);
        }),
        new("POST", "/api/cases/{id}/advocacy/offer", Permission.AdvocacyAndFeedback, async h => new($"/api/cases/{await h.RaiseComplaint()}/advocacy/offer", new { service = "NHS complaints advocacy" }, 200)),
        new("POST", "/api/cases/{id}/advocacy/assignment", Permission.AdvocacyAndFeedback, async h => new($"/api/cases/{await h.RaiseComplaint()}/advocacy/assignment",
            new { organisation = "VoiceAbility", advocate = "Chris Lee" }, 200)),
        new("POST", "/api/cases/{id}/advocacy/declining", Permission.AdvocacyAndFeedback, async h =>
        {
            var id = await h.RaiseComplaint();
            await h.Post($"/api/cases/{id}/advocacy/offer", new { service = "NHS complaints advocacy" }, 200);
            return new($"/api/cases/{id}/advocacy/declining", new { reason = "Not needed." }, 200);
        }),
        new("POST", "/api/cases/{id}/feedback", Permission.AdvocacyAndFeedback, async h => new($"/api/cases/{await h.RaiseComplaint()}/feedback", new { satisfaction = 4, feltHeard = true }, 201)),
        new("POST", "/api/cases/{id}/risks", Permission.RecordRisk, async h => new($"/api/cases/{await h.RaiseComplaint()}/risks", new { concern = "Isolated at home.", level = "Medium" }, 201)),
        new("POST", "/api/cases/{id}/safeguarding-referrals", Permission.RecordRisk, async h => new($"/api/cases/{await h.RaiseComplaint()}/safeguarding-referrals",
            new { agency = "Adult safeguarding", reference = "SG-1" }, 201)),
        new("POST", "/api/cases/{id}/ombudsman-escalation", Permission.WorkCases, async h => new($"/api/cases/{await Answered(h)}/ombudsman-escalation", new { ombudsman = "LGSCO", date = Today }, 200)),
        new("POST", "/api/cases/{id}/ombudsman-decision", Permission.WorkCases, async h =>
        {
            var id = await Answered(h);
            await h.Post($"/api/cases/{id}/ombudsman-escalation", new { ombudsman = "LGSCO", date = Today }, 200);
            return new($"/api/cases/{id}/ombudsman-decision", new { date = Today, outcome = "NotUpheld" }, 200);
        }),
    ];

    public static IEnumerable<object[]> EveryEndpointRoleAndTenant() =>
        from endpoint in Endpoints
        from role in Roles.All
        from ownTenant in endpoint.Route.Contains("{id}", StringComparison.Ordinal) ? new[] { true, false } : new[] { true }
        select new object[] { endpoint, role, ownTenant };

    [Theory]
    [MemberData(nameof(EveryEndpointRoleAndTenant))]
    public async Task each_role_gets_exactly_the_answer_its_permissions_allow(Endpoint endpoint, string role, bool ownTenant)
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var owner = Caller.InNewTenant(app, "owner", Roles.Handler);
        var call = await endpoint.Arrange(owner);
        var caller = (ownTenant ? owner : Caller.InNewTenant(app)).As("someone", role);

        var expected = !PermissionMatrix.Allows(role, endpoint.Permission) ? 403 : ownTenant ? call.Success : 404;
        if (endpoint.Method == "GET") await caller.Get(call.Url, expected);
        else await caller.Post(call.Url, call.Body!, expected);
    }

    [Fact]
    public void the_table_above_covers_every_api_endpoint_the_host_serves()
    {
        var served = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["?"])
                .Select(method => $"{method} {e.RoutePattern.RawText}"))
            .ToHashSet();

        Assert.Equal(served.Order(), Endpoints.Select(e => e.ToString()).Order());
    }

    [Fact]
    public void every_api_endpoint_declares_the_permission_the_table_expects()
    {
        var declared = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .ToDictionary(
                e => $"{e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods[0]} {e.RoutePattern.RawText}",
                e => e.Metadata.GetMetadata<RequiresAttribute>()?.Permission);

        Assert.All(Endpoints, endpoint => Assert.Equal(endpoint.Permission, declared[endpoint.ToString()]));
    }

    [Fact]
    public void auditors_write_nothing_and_admins_work_no_cases()
    {
        var writes = Enum.GetValues<Permission>().Where(p => p is Permission.RaiseCases or Permission.WorkCases
            or Permission.RestorativeWork or Permission.AdvocacyAndFeedback or Permission.AddNotes or Permission.Administer);

        Assert.All(writes, p => Assert.False(PermissionMatrix.Allows(Roles.Auditor, p)));
        Assert.False(PermissionMatrix.Allows(Roles.Admin, Permission.WorkCases));
    }

    private static Caller Facilitator(Caller owner) => owner.As("jo", Roles.Facilitator);

    private static async Task<Guid> Declared(Caller handler)
    {
        var id = await handler.ReportIncident();
        await handler.Post($"/api/cases/{id}/candour/notifiable", Declaration, 200);
        return id;
    }

    private static async Task<Guid> Answered(Caller handler)
    {
        var id = await handler.RaiseComplaint();
        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200);
        await handler.Post($"/api/cases/{id}/final-response", Bodies.FinalResponse(), 200);
        return id;
    }

    private static async Task<Guid> Restorative(Caller handler, bool offered = false, bool accepted = false, bool met = false)
    {
        var id = await handler.RaiseComplaint();
        var facilitator = Facilitator(handler);
        if (offered) await facilitator.Post($"/api/cases/{id}/restorative/offer", RestorativeOffer, 200);
        if (accepted) await facilitator.Post($"/api/cases/{id}/restorative/acceptance", new { notes = "Yes." }, 200);
        if (met) await facilitator.Post($"/api/cases/{id}/restorative/meetings", Meeting, 201);
        return id;
    }

    private static async Task<(Guid Id, string Review)> WithReview(Caller handler)
    {
        var id = await handler.RaiseComplaint();
        var review = (string)(await Caller.Body(await handler.Post($"/api/cases/{id}/reviews", new { kind = "AfterActionReview", lead = "Lead" }, 201)))["id"]!;
        return (id, review);
    }
}
