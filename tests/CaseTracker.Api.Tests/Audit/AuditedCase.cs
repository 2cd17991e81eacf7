using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>
/// A complaint worked over five days, one step a day at 10:00 UTC: raised (v1), acknowledged (v2),
/// apologised for (v3), noted (v4), answered (v5). Its events carry personal data.
/// </summary>
public static class AuditedCase
{
    public static readonly DateTimeOffset Day1 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Day(int n) => Day1.AddDays(n - 1);

    public static async Task<(Caller Handler, Guid Id)> Worked(CaseTrackerApp app, Action<int>? afterStep = null)
    {
        var handler = Caller.InNewTenant(app);
        app.Clock.SetTo(Day(1));
        var id = await handler.RaiseComplaint(Day(1).AddHours(-1));
        afterStep?.Invoke(1);
        app.Clock.SetTo(Day(2));
        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(responseDueBy: new DateOnly(2026, 3, 27)), 200);
        afterStep?.Invoke(2);
        app.Clock.SetTo(Day(3));
        await handler.Post($"/api/cases/{id}/apologies", Bodies.Apology(), 200);
        afterStep?.Invoke(3);
        app.Clock.SetTo(Day(4));
        await handler.Post($"/api/cases/{id}/notes", new { text = "Sam asked for the reply by post, not email." }, 201);
        afterStep?.Invoke(4);
        app.Clock.SetTo(Day(5));
        await handler.Post($"/api/cases/{id}/final-response", Bodies.FinalResponse("Upheld"), 200);
        afterStep?.Invoke(5);
        return (handler, id);
    }
}
