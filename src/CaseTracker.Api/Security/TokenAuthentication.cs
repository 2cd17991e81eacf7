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
        var key = new SymmetricSecurityKey(ReadSigningKey(configuration));
        services.AddSingleton(key);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Keep claim names as issued ("sub", "role", "tenant"): no WS-Federation URIs.
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = configuration["Auth:Issuer"] ?? Issuer,
                    ValidAudience = configuration["Auth:Audience"] ?? Audience,
                    IssuerSigningKey = key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = Actor.NameClaim,
                    RoleClaimType = Actor.RoleClaim,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
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
