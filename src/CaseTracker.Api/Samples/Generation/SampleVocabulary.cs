using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Samples.Generation;

/// <summary>The made-up services, people and words generated cases draw on. Themes are few on purpose: real themes recur.</summary>
internal static class SampleVocabulary
{
    public static readonly IReadOnlyList<string> Services =
    [
        "Community Mental Health Team (North)", "Community Mental Health Team (South)", "Crisis Resolution and Home Treatment",
        "Adult Social Care Assessment Team", "Supported Living - Elm House", "Day Opportunities - Riverside Centre",
        "Reablement and Home Care", "Inpatient - Willow Ward",
    ];

    public static readonly IReadOnlyList<string> Handlers = ["alice", "bob", "chen", "dami"];

    public static readonly IReadOnlyList<Channel> Channels = [Channel.Email, Channel.Email, Channel.Phone, Channel.Letter, Channel.WebForm, Channel.InPerson, Channel.Advocate];

    public static readonly IReadOnlyList<string> Categories =
    [
        "Communication", "Care planning", "Waiting times", "Discharge", "Charging", "Staff attitude", "Medication",
        "Carer involvement", "Assessment", "Safeguarding", "Direct payments", "Access to services",
    ];

    public static readonly IReadOnlyList<string> Themes =
    [
        "Communication", "Continuity of care", "Carer involvement", "Discharge planning", "Information sharing",
        "Restrictive practice", "Training", "Scheduling", "Trauma-informed care", "Complaints handling",
    ];

    private static readonly IReadOnlyList<string> Names = ["Sam", "Jordan", "Alex", "Chris", "Drew", "Casey", "Robin", "Jamie", "Morgan", "Taylor"];

    private static readonly IReadOnlyList<ComplainantRole> Roles =
        [ComplainantRole.ServiceUser, ComplainantRole.ServiceUser, ComplainantRole.FamilyMember, ComplainantRole.Carer, ComplainantRole.Advocate];

    /// <summary>A made-up person who says so: e-mail at example.org, phone in Ofcom's drama range.</summary>
    public static Complainant Person(Random random)
    {
        var name = Names[random.Next(Names.Count)];
        var number = random.Next(960000, 960999);
        return new Complainant($"{name} Example (sample)", Roles[random.Next(Roles.Count)],
            new ContactDetails($"{name.ToLowerInvariant()}.{number}@example.org", $"01632 {number}", null));
    }
}
