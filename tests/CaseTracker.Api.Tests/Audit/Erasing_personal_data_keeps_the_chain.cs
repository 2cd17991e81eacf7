using CaseTracker.Api.Audit.Integrity;
using CaseTracker.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>
/// Personal data can be erased on a lawful request. The chain was designed for it: personal members
/// are sealed as salted digests, so masking them (and forgetting their salts) leaves every hash
/// intact, while any other change is still caught.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Erasing_personal_data_keeps_the_chain(CaseTrackerApp app)
{
    private readonly StoreTables _tables = new(app);

    private async Task Erase(string tenant, Guid id)
    {
        // What an erasure does to the record: mask the personal members in place, forget their salts.
        await _tables.Execute($$"""
            update {{StoreTables.Events}} set data = data
                || case when data ? 'complainant' then jsonb_build_object('complainant', jsonb_build_object('name', '***', 'role', data->'complainant'->'role', 'contact', '{}'::jsonb)) else '{}'::jsonb end
                || case when data ? 'summary' and type = 'complaint_raised' then '{"summary": "***"}'::jsonb else '{}'::jsonb end
                || case when data ? 'to' then '{"to": "***", "words": null}'::jsonb else '{}'::jsonb end
                || case when data ? 'text' then '{"text": "***"}'::jsonb else '{}'::jsonb end
            where stream_id = $1
            """, id);
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(tenant);
        PersonalDataSeals.ForgetSalts(session, tenant, id);
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task masking_the_personal_members_and_forgetting_their_salts_leaves_the_case_valid()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        var before = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/integrity");

        await Erase(handler.Tenant, id);
        var after = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/integrity");
        var events = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/events");

        Assert.Equal("***", (string?)events["events"]![0]!["data"]!["complainant"]!["name"]);
        Assert.True((bool)after["valid"]!, (string?)after["problem"]);
        Assert.Equal((string?)before["headHash"], (string?)after["headHash"]);
        Assert.Equal(0, await _tables.Scalar<long>($"select count(*) from {StoreTables.Seals} where stream_id = $1 and personal::text like '%salt%'", id));
    }

    [Fact]
    public async Task after_erasure_any_other_change_is_still_caught()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        await Erase(handler.Tenant, id);

        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{service}}', '\"Another service\"') where stream_id = $1 and version = 1", id);
        var report = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/integrity");

        Assert.Equal(1, (long)report["firstBrokenVersion"]!);
    }

    [Fact]
    public async Task changing_personal_data_without_an_erasure_is_caught()
    {
        var (handler, id) = await AuditedCase.Worked(app);

        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{to}}', '\"Someone else\"') where stream_id = $1 and version = 3", id);
        var report = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/integrity");

        Assert.Equal(3, (long)report["firstBrokenVersion"]!);
    }

    [Fact]
    public async Task masking_without_forgetting_the_salts_is_not_an_erasure_and_is_caught()
    {
        var (handler, id) = await AuditedCase.Worked(app);

        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{text}}', '\"***\"') where stream_id = $1 and version = 4", id);
        var report = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/integrity");

        Assert.Equal(4, (long)report["firstBrokenVersion"]!);
    }
}
