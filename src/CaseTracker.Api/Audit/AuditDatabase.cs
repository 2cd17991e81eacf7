using Marten;
using Npgsql;

namespace CaseTracker.Api.Audit;

/// <summary>
/// Plain connections to the event store's database, for reading rows exactly as stored (the
/// integrity check must not see data through deserialisation) and for streaming large reads.
/// </summary>
public sealed class AuditDatabase(IDocumentStore store)
{
    public async Task<NpgsqlConnection> Open(CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }
}
