using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CaseTracker.Api.Security;

/// <summary>
/// JWT bearer authentication with one symmetric signing key. Locally the key is a file that
/// ./eng/token.sh creates (git-ignored); in production it comes from configuration.
/// </summary>
public static partial class TokenAuthentication
{
    public const string Issuer = "casetracker-local";
    public const string Audience = "casetracker-api";

    public static IServiceCollection AddTokenAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(SignInSchemes.ByPath)
            .AddSignInSchemes()
            .AddJwtBearer(options =>
            {
                // Keep claim names as issued ("sub", "role", "tenant"): no WS-Federation URIs.
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = configuration["Auth:Issuer"] ?? Issuer,
                    ValidAudience = configuration["Auth:Audience"] ?? Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(ReadSigningKey(configuration)),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = Actor.NameClaim,
                    RoleClaimType = Actor.RoleClaim,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
        // The key is read when the web host starts, not when the host is merely built: host
        // commands that serve no requests (verify-integrity, db-apply) run without one.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).ValidateOnStart();
        var authorization = services.AddAuthorizationBuilder().SetFallbackPolicy(null);
        foreach (var permission in Enum.GetValues<Permission>())
        {
            authorization.AddPolicy(PermissionMatrix.PolicyName(permission), policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(Actor.TenantClaim)
                .RequireClaim(Actor.SubjectClaim)
                .RequireRole(PermissionMatrix.RolesWith(permission)));
        }

        return services;
    }

    private static byte[] ReadSigningKey(IConfiguration configuration)
    {
        var hex = configuration["Auth:SigningKey"];
        if (string.IsNullOrWhiteSpace(hex) && configuration["Auth:SigningKeyFile"] is { Length: > 0 } file)
            hex = File.ReadAllText(file).Trim();
        if (string.IsNullOrWhiteSpace(hex) || !HexKey().IsMatch(hex))
            throw new InvalidOperationException(
                "No token signing key: set Auth:SigningKey (64+ hex characters) or Auth:SigningKeyFile. ./eng/run.sh creates a local one.");
        return Convert.FromHexString(hex);
    }

    /// <summary>A fresh random key, for hosts that make their own tokens (tests).</summary>
    public static string NewSigningKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    [GeneratedRegex("^([0-9a-fA-F]{2}){32,}$")]
    private static partial Regex HexKey();
}
