namespace CaseTracker.Api.Audit.Checkpoints;

public static class TakeCheckpointEndpoint
{
    /// <summary>Takes an integrity checkpoint of the whole store now (admin). Scheduled ones are taken periodically anyway.</summary>
    [WolverinePost("/api/integrity/checkpoints"), Tags("Audit")]
    [Requires(Permission.Administer)]
    [ProducesResponseType<Checkpoint>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(HttpContext http, CheckpointBook book)
    {
        var ct = http.RequestAborted;
        if (await book.Take(CheckpointBook.OnDemand, unlessNewerThan: null, ct) is not { } id)
        {
            http.Response.Headers.RetryAfter = "1";
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, "/problems/busy", "A checkpoint is being taken",
                "Another checkpoint is being taken right now. Try again in a moment.");
        }

        var taken = (await book.List(Actor.From(http.User).Tenant, 0, 1, ct)).Single(c => c.Id == id);
        return Results.Created($"/api/integrity/checkpoints/{id}", taken);
    }
}
