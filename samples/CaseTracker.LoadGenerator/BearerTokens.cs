using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CaseTracker.LoadGenerator;

/// <summary>
/// Signs HS256 bearer tokens the way ./eng/token.sh does, with the same signing key file, so that each
/// simulated caseworker can be a user of their own (write budgets are per user).
/// </summary>
public sealed class BearerTokens(byte[] key)
{
    public static BearerTokens FromKeyFile(string path) => new(Convert.FromHexString(File.ReadAllText(path).Trim()));

    /// <summary>The key file ./eng/token.sh and ./eng/run.sh use, looked for from the current folder upwards.</summary>
    public static string? FindLocalKeyFile()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, ".local", "secrets", "jwt-signing-key");
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    public string For(string user, string role, string tenant)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = user, ["name"] = user, ["role"] = role, ["tenant"] = tenant,
            ["iss"] = "casetracker-local", ["aud"] = "casetracker-api",
            ["iat"] = now, ["nbf"] = now - 60, ["exp"] = now + 8 * 3600,
        }));
        var signature = Encode(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
