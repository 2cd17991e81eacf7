using CaseTracker.Domain.Cases;

namespace CaseTracker.IntegrityBench;

/// <summary>Realistic case events, personal data included, so the chain digests what it digests in service.</summary>
internal static class SampleEvents
{
    public static ComplaintRaised Raised(Guid id, int n, DateTimeOffset at) => new(
        id, $"CT-2026-{n:D6}", at, Channel.Email,
        new Complainant("Sam Taylor", ComplainantRole.ServiceUser, new ContactDetails("sam@example.org", "01632 960000", null)),
        null, "Community mental health team", "My care plan was changed without anyone talking to me.",
        ["Care planning"], "An apology.", ["Large print"], null, new DateOnly(2026, 3, 5), new DateOnly(2026, 9, 2), false, "alice", at);

    public static object Step(int n, DateTimeOffset at) => (n % 3) switch
    {
        0 => new NoteAdded(Guid.CreateVersion7(at), "Called Sam back; agreed to write by post.", "alice", at),
        1 => new ApologyGiven(at, ApologyMethod.Letter, "Sam Taylor", "We are sorry your plan changed without you.", "alice", at),
        _ => new HandlerAssigned("bob", "alice", "alice", at),
    };
}
