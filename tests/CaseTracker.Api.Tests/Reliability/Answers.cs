using Alba;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Reliability;

/// <summary>One answer as the caller saw it: status, content type and body, whatever they were.</summary>
public sealed record Answer(int Status, string? ContentType, string Body, string? ETag);

/// <summary>
/// Requests whose answer is the thing under test, so no status is expected up front: the story
/// counts and inspects what came back.
/// </summary>
public static class Answers
{
    public static async Task<Answer> Send(IAlbaHost host, Action<Scenario> request)
    {
        var result = await host.Scenario(s =>
        {
            request(s);
            s.IgnoreStatusCode();
        });
        var response = result.Context.Response;
        return new Answer(response.StatusCode, response.ContentType, await result.ReadAsTextAsync(), response.Headers.ETag.ToString());
    }

    /// <summary>A JSON POST as <paramref name="caller"/> would send it, with an optional If-Match.</summary>
    public static Task<Answer> Post(CaseTrackerApp app, Caller caller, string role, string url, string json, string? ifMatch = null) =>
        Send(app.Host, s =>
        {
            s.Post.Text(json).ToUrl(url);
            s.ConfigureHttpContext(http => http.Request.ContentType = "application/json");
            s.WithBearerToken(app.TokenFor(caller.User, role, caller.Tenant));
            if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
        });
}
