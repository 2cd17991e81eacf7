using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages;

/// <summary>A page's error, explained in a page (the API answers problem+json instead).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Text) Explanation => Code switch
    {
        StatusCodes.Status403Forbidden => ("You cannot do this", "Your role does not allow this. Ask a colleague whose role does."),
        StatusCodes.Status404NotFound => ("Page not found", "There is nothing here that you can see. Check the address, or go back to the case board."),
        StatusCodes.Status400BadRequest => ("The form could not be read", "Go back, reload the page and try again."),
        StatusCodes.Status429TooManyRequests => ("Too many changes at once",
            $"You have sent more changes this minute than one person may; nothing was recorded. Wait {WaitSeconds} seconds, then go back and send the form again."),
        _ => ("Something went wrong", "Nothing was changed. Try again in a moment."),
    };

    /// <summary>How long a refused write must wait, as <see cref="WriteRateLimits"/> counted it.</summary>
    public int WaitSeconds => HttpContext.Items[WriteRateLimits.RefusedFor] as int? ?? 60;

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
