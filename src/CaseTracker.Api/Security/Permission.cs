namespace CaseTracker.Api.Security;

/// <summary>What an endpoint lets someone do. Roles are granted permissions in <see cref="PermissionMatrix"/>, nowhere else.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A permission is the word the security model uses.")]
public enum Permission
{
    /// <summary>Raise complaints and report harm incidents.</summary>
    RaiseCases,

    /// <summary>The complaint and incident lifecycle: acknowledge, apologise, review, learn, act, respond, close.</summary>
    WorkCases,

    /// <summary>Restorative practice on a case: offers, harmed parties, meetings, agreements, follow-ups.</summary>
    RestorativeWork,

    /// <summary>The complainant's voice: advocacy and feedback.</summary>
    AdvocacyAndFeedback,

    /// <summary>Add a note to a case record.</summary>
    AddNotes,

    /// <summary>Read cases, queues and timelines.</summary>
    ReadCases,

    /// <summary>See how to contact the people a case concerns (others see only that details exist).</summary>
    ReadContactDetails,

    /// <summary>Replay history: events, as-of state, integrity, exports.</summary>
    ReadAudit,

    /// <summary>Read reports across cases.</summary>
    ReadReports,

    /// <summary>Erasure on a lawful request, integrity checkpoints, rebuilds and settings.</summary>
    Administer,
}
