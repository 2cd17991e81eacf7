using CaseTracker.Domain.Cases;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.Projections;

/// <summary>Keeps <see cref="RestorativeWork"/> inline, so a facilitator's list is one indexed query and the workspace one load.</summary>
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
        // A new offer starts the work afresh, as the decider does; what earlier meetings achieved stays on the case's timeline.
        (_, RestorativeProcessOffered e) => new RestorativeWork
        {
            Id = s.Id, Reference = s.Reference, CaseOpen = s.CaseOpen, Facilitator = e.Facilitator, OfferedTo = e.OfferedTo,
            Stage = RestorativeStage.Offered, OfferedAt = e.At,
        },
        (_, RestorativeProcessAccepted e) => s with { Stage = RestorativeStage.Accepted, AnsweredAt = e.At },
        (_, RestorativeProcessDeclined e) => s with { Stage = RestorativeStage.Declined, AnsweredAt = e.At },
        (_, HarmedPartyIdentified e) => s with
        {
            HarmedParties = s.HarmedParties + 1,
            Parties = Add(s.Parties, new HarmedPartyEntry(e.PartyId, e.Who, e.Needs, e.WhoseObligation, e.By, e.At)),
        },
        (_, RestorativeMeetingHeld e) => s with
        {
            MeetingsHeld = s.MeetingsHeld + 1,
            LastMeetingAt = s.LastMeetingAt is { } last && last > e.HeldAt ? last : e.HeldAt,
            Meetings = Add(s.Meetings, new MeetingEntry(e.MeetingId, e.HeldAt, e.Format, e.Facilitator, e.Participants)),
        },
        (_, RestorativeAgreementReached e) => s with
        {
            Agreements = s.Agreements + 1,
            AgreementsReached = Add(s.AgreementsReached, new AgreementEntry(e.AgreementId, e.At, e.Commitments, [])),
        },
        (_, AgreementFollowUpRecorded e) => FollowedUp(s, e) with
        {
            FollowUpsKept = s.FollowUpsKept + (e.Kept ? 1 : 0),
            FollowUpsNotKept = s.FollowUpsNotKept + (e.Kept ? 0 : 1),
        },
        (_, CaseClosed or ComplaintWithdrawn) => s with { CaseOpen = false },
        (_, CaseReopened) => s with { CaseOpen = true },
        _ => s,
    };

    private static RestorativeWork FollowedUp(RestorativeWork s, AgreementFollowUpRecorded e) => s with
    {
        AgreementsReached = s.AgreementsReached
            .Select(a => a.AgreementId == e.AgreementId
                ? a with { FollowUps = Add(a.FollowUps, new FollowUpEntry(e.FollowUpId, e.Kept, e.Notes, e.By, e.At)) }
                : a)
            .ToList(),
    };

    /// <summary>Appends while under <see cref="RestorativeWork.MaxListed"/>; past it, the counts go on and the timeline holds the rest.</summary>
    private static IReadOnlyList<T> Add<T>(IReadOnlyList<T> list, T entry) =>
        list.Count >= RestorativeWork.MaxListed ? list : [.. list, entry];
}
