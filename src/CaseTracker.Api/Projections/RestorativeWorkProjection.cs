using CaseTracker.Domain.Cases;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.Projections;

/// <summary>Keeps <see cref="RestorativeWork"/> inline, so a facilitator's list is one indexed query.</summary>
public sealed class RestorativeWorkProjection : SingleStreamProjection<RestorativeWork, Guid>
{
    public override RestorativeWork? Evolve(RestorativeWork? snapshot, Guid id, IEvent e)
    {
        var next = Fold(snapshot, e.Data);
        return next is null ? null : next with
        {
            Version = e.Version,
            Open = next.CaseOpen && next.Stage is RestorativeStage.Offered or RestorativeStage.Accepted,
        };
    }

    private static RestorativeWork? Fold(RestorativeWork? s, object data) => (s, data) switch
    {
        (null, ComplaintRaised e) => new RestorativeWork { Id = e.CaseId, Reference = e.Reference },
        (null, HarmIncidentReported e) => new RestorativeWork { Id = e.CaseId, Reference = e.Reference },
        (null, _) => null,
        // A new offer starts the work afresh; what earlier meetings achieved stays on the case's timeline.
        (_, RestorativeProcessOffered e) => new RestorativeWork
        {
            Id = s.Id, Reference = s.Reference, CaseOpen = s.CaseOpen, Facilitator = e.Facilitator, Stage = RestorativeStage.Offered, OfferedAt = e.At,
        },
        (_, RestorativeProcessAccepted) => s with { Stage = RestorativeStage.Accepted },
        (_, RestorativeProcessDeclined) => s with { Stage = RestorativeStage.Declined },
        (_, HarmedPartyIdentified) => s with { HarmedParties = s.HarmedParties + 1 },
        (_, RestorativeMeetingHeld e) => s with { MeetingsHeld = s.MeetingsHeld + 1, LastMeetingAt = e.HeldAt },
        (_, RestorativeAgreementReached) => s with { Agreements = s.Agreements + 1 },
        (_, AgreementFollowUpRecorded { Kept: true }) => s with { FollowUpsKept = s.FollowUpsKept + 1 },
        (_, AgreementFollowUpRecorded) => s with { FollowUpsNotKept = s.FollowUpsNotKept + 1 },
        (_, CaseClosed or ComplaintWithdrawn) => s with { CaseOpen = false },
        (_, CaseReopened) => s with { CaseOpen = true },
        _ => s,
    };
}
