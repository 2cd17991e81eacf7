namespace CaseTracker.LoadGenerator;

/// <summary>Made-up but plausible words for the requests, so that payloads have realistic sizes and some variety.</summary>
public static class SampleWording
{
    private static readonly string[] Names = ["Sam Taylor", "Priya Shah", "Tom Evans", "Grace Okafor", "Ewan Murray", "Ana Costa", "Joe Bloggs", "Mei Lin"];

    private static readonly string[] Services =
    [
        "Community mental health team", "Crisis resolution team", "Supported living, Elm House", "Day services, Riverside",
        "Early intervention in psychosis", "Older adults' ward", "Home care, North", "Recovery college",
    ];

    private static readonly string[] Summaries =
    [
        "My care plan was changed without anyone talking to me, and my support hours were cut.",
        "Nobody returned my calls for three weeks while my son was in crisis.",
        "Staff spoke about my diagnosis in front of other residents at the house meeting.",
        "My medication review was cancelled twice at the last minute without explanation.",
        "I was discharged from the team by letter, without the meeting I was promised.",
        "The night staff would not let me phone my sister when I was distressed.",
        "My mother's personal care was rushed and she was left in wet clothes.",
        "I asked for a female worker because of my history and was sent a man again.",
    ];

    private static readonly string[] Notes =
    [
        "Phoned the complainant; they would like the response in large print.",
        "Spoke to the team manager, who will pull the visit records for the last two months.",
        "Complainant's advocate asked to be copied into all letters from now on.",
        "Rota for the weeks in question requested from the service.",
        "Met the service user at the day centre; they described what happened in their own words.",
        "Records show the review was cancelled by the clinic, not by the service user.",
        "Family member called to add that the same thing happened last year.",
        "Care coordinator on leave until Monday; will speak to her then.",
    ];

    public static string Name(int variant) => Names[variant % Names.Length];

    public static string Service(int variant) => Services[variant % Services.Length];

    public static string Summary(int variant) => Summaries[variant % Summaries.Length];

    public static string Note(int variant) => Notes[variant % Notes.Length];

    public static string Email(int variant) => Name(variant).ToLowerInvariant().Replace(' ', '.') + "@example.org";

    public const string HowHandlingWasDiscussed = "Phoned; agreed to respond in writing within 20 working days.";

    public static string ApologyWords(int variant) => $"We are sorry for what happened at {Service(variant)} and for how it made you feel.";

    public const string DesiredOutcome = "An apology and a meeting to put things right.";

    public static readonly string[] Categories = ["Communication", "Care planning"];

    public static readonly string[] AccessNeeds = ["Large print letters"];
}
