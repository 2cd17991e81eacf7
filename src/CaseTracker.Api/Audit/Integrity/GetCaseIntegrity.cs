namespace CaseTracker.Api.Audit.Integrity;

public static class GetCaseIntegrityEndpoint
{
    /// <summary>
    /// Checks that the case's record was not rewritten: recomputes its integrity chain from the first
    /// event and compares it with the latest checkpoint. firstBrokenVersion says where trust ends.
    /// </summary>
    [WolverineGet("/api/cases/{id}/integrity"), Tags("Audit")]
    [Requires(Permission.ReadAudit)]
    [ProducesResponseType<IntegrityReport>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, HttpContext http, CaseIntegrity integrity)
    {
        var report = await integrity.Check(Actor.From(http.User).Tenant, id, http.RequestAborted);
        return report is null ? Problems.NotFound() : Results.Ok(report);
    }
}
