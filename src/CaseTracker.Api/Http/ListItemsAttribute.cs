using System.Collections;

namespace CaseTracker.Api.Http;

/// <summary>Bounds a list of strings: how many items, and how long each may be. Unbounded input is a resource risk.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ListItemsAttribute(int maxItems, int maxItemLength) : ValidationAttribute
{
    public int MaxItems { get; } = maxItems;
    public int MaxItemLength { get; } = maxItemLength;

    public override bool IsValid(object? value)
    {
        if (value is null) return true;
        if (value is not IEnumerable items) return false;
        var count = 0;
        foreach (var item in items)
        {
            count++;
            if (item is not string text || string.IsNullOrWhiteSpace(text) || text.Length > MaxItemLength) return false;
        }

        return count <= MaxItems;
    }

    public override string FormatErrorMessage(string name) =>
        $"At most {MaxItems} items, each non-empty and at most {MaxItemLength} characters.";
}
