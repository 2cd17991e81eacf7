namespace CaseTracker.Api.Security;

public static class Roles
{
    public const string Handler = "handler";
    public const string Facilitator = "facilitator";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Handler, Facilitator, Auditor, Admin];
}
