using System.Text.Json;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>
/// Seals every event as it is appended, in the same transaction: Marten runs this inline
/// projection after it has given the events their version, tenant, user and (in Rich append mode)
/// their timestamp, so everything the hash covers is known here. The previous hash is looked up by
/// PostgreSQL (ct_seal_event) in the same batch — no extra round trip — and the stream's optimistic
/// version check guarantees that the link it finds is the one the event follows.
/// </summary>
public sealed class IntegritySealing(ISerializer serializer) : IProjection
{
    private const string Seal = $"select {IntegrityTables.SealEvent}(?, ?, ?, ?, ?::jsonb)";

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var e in events)
        {
            if (e.StreamId == Tombstone.StreamId || e.EventTypeName == Tombstone.Name) continue;
            var data = serializer.ToJson(e.Data);
            var json = EventCanonicalForm.Parse(data);
            var personal = EventCanonicalForm.SealPersonal(json, PersonalMembers.Of(e.EventType));
            var canonical = EventCanonicalForm.Of(new SealedFacts(
                e.StreamId, e.TenantId, e.Version, e.EventTypeName, e.Timestamp, e.UserName, data,
                personal.ToDictionary(p => p.Key, p => p.Value.Digest, StringComparer.Ordinal)), json);

            operations.QueueSqlCommand(Seal, e.TenantId, e.StreamId, e.Version, canonical, JsonSerializer.Serialize(personal, SealJson.Options));
        }

        return Task.CompletedTask;
    }
}
