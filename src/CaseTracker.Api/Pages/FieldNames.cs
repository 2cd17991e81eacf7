using System.Text;

namespace CaseTracker.Api.Pages;

/// <summary>Ties the API's field names (complainant.name) to the ids of the form controls that fill them.</summary>
public static class FieldNames
{
    public static string IdFor(string field) => field.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal);

    /// <summary>"complainant.name" reads as "Complainant name".</summary>
    public static string Label(string field)
    {
        var words = new StringBuilder();
        foreach (var c in field)
        {
            if (c == '.' || c == '[' || c == ']') { if (words.Length > 0 && words[^1] != ' ') words.Append(' '); continue; }
            if (char.IsUpper(c) && words.Length > 0 && words[^1] != ' ') words.Append(' ');
            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return words.ToString().Trim();
    }
}
