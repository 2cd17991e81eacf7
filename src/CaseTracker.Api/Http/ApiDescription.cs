using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>What the OpenAPI document says about the API as a whole: its purpose and how to authenticate.</summary>
public static class ApiDescription
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "CaseTracker API",
                Version = "v1",
                Description = "Complaints and harm incidents in mental health social care, kept as immutable event streams. "
                    + "Authenticate with a bearer token (./eng/token.sh USER ROLE locally). Errors are RFC 9457 problem details.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT signed with the service's key, carrying sub, name, role and tenant claims.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            return Task.CompletedTask;
        });
    }
}
