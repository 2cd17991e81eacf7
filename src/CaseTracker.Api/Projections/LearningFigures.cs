namespace CaseTracker.Api.Projections;

/// <summary>
/// The raw counts behind every learning-report figure, for some set of cases. Only counts and
/// histograms, never ratios or medians, so that two sets add up exactly: a range of months is the
/// sum of its months, and a case that changes is taken out as it was and put back as it is.
/// docs/reports.md defines each member from the events that feed it.
/// </summary>
public sealed class LearningFigures
{
    public int ComplaintsReceived { get; set; }
    public int IncidentsReported { get; set; }
    public int Withdrawn { get; set; }

    public int Acknowledged { get; set; }
    public int AcknowledgedOnTime { get; set; }

    /// <summary>Complaints CaseTracker flagged as not acknowledged in time and still not acknowledged.</summary>
    public int AwaitingOverdueAcknowledgement { get; set; }

    /// <summary>Working days from receipt to acknowledgement → complaints.</summary>
    public Dictionary<int, int> DaysToAcknowledgement { get; set; } = [];

    public int Responded { get; set; }

    /// <summary>Working days from receipt to the final response that stands → complaints.</summary>
    public Dictionary<int, int> DaysToFinalResponse { get; set; } = [];

    public int Upheld { get; set; }
    public int PartlyUpheld { get; set; }
    public int NotUpheld { get; set; }
    public int ReferredToOmbudsman { get; set; }

    public int NotifiableIncidents { get; set; }
    public int CandourNotifiedOnTime { get; set; }
    public int ApologisedOnTime { get; set; }
    public int CandourLetterOnTime { get; set; }

    /// <summary>Complaint categories (subject matter) → complaints.</summary>
    public Dictionary<string, int> Categories { get; set; } = [];

    /// <summary>Learning themes → cases.</summary>
    public Dictionary<string, int> Themes { get; set; } = [];

    /// <summary>Sources of avoidable harm named in learning → cases.</summary>
    public Dictionary<string, int> HarmSources { get; set; } = [];

    public int ActionsCommitted { get; set; }
    public int ActionsCompleted { get; set; }

    /// <summary>Actions CaseTracker flagged overdue that are still not completed.</summary>
    public int ActionsOverdue { get; set; }

    public int AdvocacyOffered { get; set; }
    public int AdvocacyTakenUp { get; set; }

    public int RestorativeOffered { get; set; }
    public int RestorativeAccepted { get; set; }
    public int AgreementsReached { get; set; }
    public int AgreementsFollowedUp { get; set; }
    public int AgreementsKept { get; set; }

    public int FeedbackResponses { get; set; }
    public int SatisfactionTotal { get; set; }
    public int FeltHeard { get; set; }

    /// <summary>Adds <paramref name="other"/> once (<paramref name="sign"/> 1) or takes it away (-1). Zero entries are dropped.</summary>
    public void Add(LearningFigures other, int sign = 1)
    {
        ComplaintsReceived += sign * other.ComplaintsReceived;
        IncidentsReported += sign * other.IncidentsReported;
        Withdrawn += sign * other.Withdrawn;
        Acknowledged += sign * other.Acknowledged;
        AcknowledgedOnTime += sign * other.AcknowledgedOnTime;
        AwaitingOverdueAcknowledgement += sign * other.AwaitingOverdueAcknowledgement;
        Responded += sign * other.Responded;
        Upheld += sign * other.Upheld;
        PartlyUpheld += sign * other.PartlyUpheld;
        NotUpheld += sign * other.NotUpheld;
        ReferredToOmbudsman += sign * other.ReferredToOmbudsman;
        NotifiableIncidents += sign * other.NotifiableIncidents;
        CandourNotifiedOnTime += sign * other.CandourNotifiedOnTime;
        ApologisedOnTime += sign * other.ApologisedOnTime;
        CandourLetterOnTime += sign * other.CandourLetterOnTime;
        ActionsCommitted += sign * other.ActionsCommitted;
        ActionsCompleted += sign * other.ActionsCompleted;
        ActionsOverdue += sign * other.ActionsOverdue;
        AdvocacyOffered += sign * other.AdvocacyOffered;
        AdvocacyTakenUp += sign * other.AdvocacyTakenUp;
        RestorativeOffered += sign * other.RestorativeOffered;
        RestorativeAccepted += sign * other.RestorativeAccepted;
        AgreementsReached += sign * other.AgreementsReached;
        AgreementsFollowedUp += sign * other.AgreementsFollowedUp;
        AgreementsKept += sign * other.AgreementsKept;
        FeedbackResponses += sign * other.FeedbackResponses;
        SatisfactionTotal += sign * other.SatisfactionTotal;
        FeltHeard += sign * other.FeltHeard;
        AddCounts(DaysToAcknowledgement, other.DaysToAcknowledgement, sign);
        AddCounts(DaysToFinalResponse, other.DaysToFinalResponse, sign);
        AddCounts(Categories, other.Categories, sign);
        AddCounts(Themes, other.Themes, sign);
        AddCounts(HarmSources, other.HarmSources, sign);
    }

    /// <summary>True when every count is zero: the figures of no cases at all.</summary>
    public bool IsEmpty => ComplaintsReceived == 0 && IncidentsReported == 0;

    public static LearningFigures Sum(IEnumerable<LearningFigures> parts)
    {
        var total = new LearningFigures();
        foreach (var part in parts) total.Add(part);
        return total;
    }

    private static void AddCounts<TKey>(Dictionary<TKey, int> into, Dictionary<TKey, int> from, int sign) where TKey : notnull
    {
        foreach (var (key, count) in from)
        {
            var next = into.GetValueOrDefault(key) + (sign * count);
            if (next == 0) into.Remove(key);
            else into[key] = next;
        }
    }
}
