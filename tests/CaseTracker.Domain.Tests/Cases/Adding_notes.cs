using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Adding_notes
{
    [Fact]
    public void when_a_note_is_added_it_records_who_wrote_what_and_when()
    {
        Given(SamComplained)
            .When(new AddNote(NoteId, "Sam prefers calls after 4pm."))
            .Then(new NoteAdded(NoteId, "Sam prefers calls after 4pm.", Actor, Now));
    }

    [Fact]
    public void notes_can_be_added_to_a_harm_incident()
    {
        Given(IncidentWasReported)
            .When(new AddNote(NoteId, "Family informed at 08:00."))
            .Then(new NoteAdded(NoteId, "Family informed at 08:00.", Actor, Now));
    }

    [Fact]
    public void a_note_cannot_be_added_to_a_closed_case()
    {
        Given(AClosedComplaint)
            .When(new AddNote(NoteId, "Afterthought"))
            .ThenRejects(Rules.CaseIsClosed);
    }

    [Fact]
    public void a_note_needs_a_case()
    {
        GivenNoCase()
            .When(new AddNote(NoteId, "Orphan"))
            .ThenRejects(Rules.CaseNotFound);
    }
}
