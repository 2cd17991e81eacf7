using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Privacy;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.Projections;

/// <summary>Keeps <see cref="CaseSummary"/> in step with the stream, in the same transaction as the events (inline).</summary>
public sealed class CaseSummaryProjection : SingleStreamProjection<CaseSummary, Guid>
{
    public override CaseSummary? Evolve(CaseSummary? snapshot, Guid id, IEvent e)
    {
        var next = Fold(snapshot, e.Data);
        return next is null ? null : next with { Version = e.Version, LastChangedAt = Narration.Facts(e.Data).RecordedAt };
    }

    private static CaseSummary? Fold(CaseSummary? s, object data) => (s, data) switch
    {
        (null, ComplaintRaised e) => new CaseSummary
        {
            Id = e.CaseId, Reference = e.Reference, Kind = CaseKind.Complaint, Status = CaseStatus.Open,
            Service = e.Service, Title = e.Summary, Channel = e.Channel, ReceivedAt = e.ReceivedAt,
            Complainant = new ComplainantView(
                e.Complainant.Name, e.Complainant.Role, e.OnBehalfOf,
                e.Complainant.Contact is { Email: not null } or { Phone: not null } or { Address: not null },
                e.Complainant.Contact, e.AccessNeeds),
            AcknowledgementDueBy = e.AcknowledgementDueBy, SixMonthDate = e.SixMonthDate, MadeAfterTimeLimit = e.MadeAfterTimeLimit,
        },
        (null, HarmIncidentReported e) => new CaseSummary
        {
            Id = e.CaseId, Reference = e.Reference, Kind = CaseKind.HarmIncident, Status = CaseStatus.Open,
            Service = e.Service, Title = e.Description, ReceivedAt = e.OccurredAt,
            PhysicalHarm = e.PhysicalHarm, PsychologicalHarm = e.PsychologicalHarm,
        },
        (null, _) => null,
        (_, ComplaintAcknowledged e) => s with
        {
            Status = CaseStatus.Acknowledged, AcknowledgedAt = e.AcknowledgedAt, AcknowledgedOnTime = e.OnTime,
            ResponseDueBy = e.ResponseDueBy ?? s.ResponseDueBy,
        },
        (_, HandlerAssigned e) => s with { Handler = e.Handler },
        (_, ResponseDeadlineAgreed e) => s with { ResponseDueBy = e.DueBy },
        (_, ResponseDeadlineExtended e) => s with { ResponseDueBy = e.DueBy },
        (_, ApologyGiven) => s with { ApologiesGiven = s.ApologiesGiven + 1 },
        (_, ReviewStarted) => s with { ReviewsOpen = s.ReviewsOpen + 1 },
        (_, ReviewCompleted) => s with { ReviewsOpen = s.ReviewsOpen - 1 },
        (_, ActionCommitted) => s with { ActionsCommitted = s.ActionsCommitted + 1 },
        (_, ActionCompleted) => s with { ActionsCompleted = s.ActionsCompleted + 1 },
        (_, FinalResponseSent e) => s with { Status = CaseStatus.Responded, FinalResponseSentAt = e.SentAt, Outcome = e.Outcome },
        (_, CaseClosed e) => s with { Status = CaseStatus.Closed, ClosedAt = e.At },
        (_, CaseReopened) => s with
        {
            Status = s.AcknowledgedAt is null ? CaseStatus.Open : CaseStatus.Acknowledged,
            ClosedAt = null, FinalResponseSentAt = null, Outcome = null,
        },
        (_, ComplaintWithdrawn e) => s with { Status = CaseStatus.Withdrawn, ClosedAt = e.At },
        // The erasure rebuilds this document from the masked events; this keeps it clean even before that.
        (_, PersonalDataErased) => s with
        {
            Title = Privacy.PersonalDataMask.Erased,
            Complainant = s.Complainant is null ? null : s.Complainant with
            {
                Name = Privacy.PersonalDataMask.Erased, OnBehalfOf = null, Contact = null,
                AccessNeeds = [.. s.Complainant.AccessNeeds.Select(_ => Privacy.PersonalDataMask.Erased)],
            },
        },
        _ => s,
    };
}
