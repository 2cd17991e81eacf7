using System.Security.Claims;
using CaseTracker.Api.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>Bearer tokens as ./eng/token.sh issues them, for hosts in this process or in another.</summary>
public static class DevTokens
{
    /// <remarks>Validity is wide on purpose: a test host's clock is the story's clock, not today.</remarks>
    public static string Issue(string signingKeyHex, string user, string role, string tenant, DateTimeOffset? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenAuthentication.Issuer,
            Audience = TokenAuthentication.Audience,
            Subject = new ClaimsIdentity(
            [
                new Claim(Actor.SubjectClaim, user), new Claim(Actor.NameClaim, user),
                new Claim(Actor.RoleClaim, role), new Claim(Actor.TenantClaim, tenant),
            ]),
            IssuedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            NotBefore = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Expires = (expires ?? new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero)).UtcDateTime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromHexString(signingKeyHex)), SecurityAlgorithms.HmacSha256),
        });
}
