using Marten;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>
/// The step an erasure takes on the chain. Masking a personal member in the stored event is not
/// enough: its salt, kept beside the event, would still let anyone confirm a guess ("was it Sam
/// Taylor?") against the digest. Forgetting the salts in the same transaction as the masking makes
/// the digests meaningless, while they still hold every hash of the chain in place.
/// </summary>
public static class PersonalDataSeals
{
    /// <summary>Queues, in the session's transaction, the forgetting of every personal salt of one case.</summary>
    public static void ForgetSalts(IDocumentOperations operations, string tenant, Guid caseId) =>
        operations.QueueSqlCommand($$"""
            update {{IntegrityTables.Seals}}
            set personal = coalesce((select jsonb_object_agg(member, seal - 'salt') from jsonb_each(personal) as p(member, seal)), '{}'::jsonb)
            where tenant_id = ? and stream_id = ? and personal <> '{}'::jsonb
            """, tenant, caseId);
}
