using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Security;

/// <summary>
/// Property-level care: a role without <see cref="Permission.ReadContactDetails"/> learns that
/// contact details exist, never what they are (OWASP API3: excessive data exposure).
/// </summary>
public static class ContactDetailsRedaction
{
    public static CaseSummary For(this CaseSummary summary, Actor actor) =>
        PermissionMatrix.Allows(actor.Role, Permission.ReadContactDetails) || summary.Complainant is null
            ? summary
            : summary with { Complainant = summary.Complainant with { Contact = null } };
}
