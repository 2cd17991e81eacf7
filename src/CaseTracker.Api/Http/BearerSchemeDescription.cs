using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>How to authenticate, and what a token must be: see Security/TokenAuthentication.cs for the checks.</summary>
public sealed class BearerSchemeDescription : IOpenApiDocumentTransformer
{
    public const string SchemeName = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            // Each statement is enforced by the token validation parameters, not merely intended.
            Description = "A JWT (JWS compact serialisation) carrying sub, name, role and tenant claims. "
                + "Validation follows the JSON Web Token Best Current Practices, RFC8725: only HS256 is accepted "
                + "(\"none\" and every other algorithm are refused), the signature, issuer, audience and expiry are "
                + "always checked, and claims are read only after validation.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}
