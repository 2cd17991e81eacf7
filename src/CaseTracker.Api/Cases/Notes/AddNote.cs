using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Notes;

public sealed record AddNoteRequest([property: Required, MinLength(1), MaxLength(8000)] string? Text);

public static class AddNoteEndpoint
{
    /// <summary>Add a note to the case record.</summary>
    [WolverinePost("/api/cases/{id}/notes"), Tags("Lifecycle")]
    [Requires(Permission.AddNotes)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, AddNoteRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var noteId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new AddNote(noteId, r.Text!), noteId);
    }
}
