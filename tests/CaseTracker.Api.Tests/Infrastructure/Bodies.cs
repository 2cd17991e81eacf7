namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>Realistic request bodies, as a complaints handler would send them.</summary>
public static class Bodies
{
    public static object Complaint(DateTimeOffset receivedAt, string service = "Community mental health team") => new
    {
        receivedAt,
        channel = "Email",
        complainant = new
        {
            name = "Sam Taylor",
            role = "ServiceUser",
            contact = new { email = "sam.taylor@example.org", phone = "01632 960000" },
        },
        onBehalfOf = (string?)null,
        service,
        summary = "My care plan was changed without anyone talking to me, and my support hours were cut.",
        categories = new[] { "Care planning", "Communication" },
        desiredOutcome = "An apology and a review of my care plan with me present.",
        accessNeeds = new[] { "Large print letters" },
        eventDate = DateOnly.FromDateTime(receivedAt.UtcDateTime.AddDays(-20)),
    };

    public static object Incident(DateTimeOffset occurredAt) => new
    {
        occurredAt,
        reportedBy = "Night shift lead",
        service = "Supported living, Elm House",
        description = "A resident was restrained by two staff during a distressed episode; bruising to the arm.",
        physicalHarm = "Moderate",
        psychologicalHarm = "Prolonged",
        peopleAffected = 1,
    };

    public static object Acknowledgement(DateTimeOffset? acknowledgedAt = null, DateOnly? responseDueBy = null) =>
        new { acknowledgedAt, responseDueBy, howHandlingWasDiscussed = "Phoned Sam; agreed to respond in writing, large print." };

    public static object Apology(string method = "InPerson") =>
        new { method, to = "Sam Taylor", words = "We are sorry that your care plan was changed without you." };

    public static object Action(DateOnly dueBy) => new { description = "Care plan changes always agreed with the person first", owner = "Team manager", dueBy };

    public static object FinalResponse(string outcome = "PartlyUpheld", bool ombudsmanRightsExplained = true) => new
    {
        outcome,
        summary = "We found your plan was changed without a conversation. Your hours are restored.",
        ombudsmanRightsExplained,
        signedBy = "Director of adult social care",
    };
}
