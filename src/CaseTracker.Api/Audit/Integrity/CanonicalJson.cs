using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>
/// The one byte-exact spelling of a JSON value that the integrity chain hashes. The stored event
/// (PostgreSQL jsonb) reorders keys and drops whitespace, so hashing bytes as written would never
/// verify: both sides hash this form instead. The rules are in docs/integrity.md, precise enough to
/// re-implement elsewhere (eng/verify-bundle.py does): keys in Unicode code point order, no
/// whitespace, minimal string escapes, numbers only as 64-bit integers.
/// </summary>
public static class CanonicalJson
{
    public static byte[] Utf8(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Text(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, CodePointOrder.Instance))
                {
                    if (!first) text.Append(',');
                    first = false;
                    WriteString(key, text);
                    text.Append(':');
                    Write(value, text);
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(array[i], text);
                }

                text.Append(']');
                break;
            default:
                WriteValue(node.AsValue(), text);
                break;
        }
    }

    private static void WriteValue(JsonValue value, StringBuilder text)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), text);
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            case JsonValueKind.Number:
                text.Append(Integer(value.ToJsonString()).ToString(CultureInfo.InvariantCulture));
                break;
            default:
                throw new CanonicalFormException($"A JSON value of kind {value.GetValueKind()} has no canonical form.");
        }
    }

    /// <summary>
    /// Case events hold counts, never fractions. Accepting only integers (however spelt: 2, 2.0, 2e0)
    /// keeps the form free of floating-point formatting, which differs between languages.
    /// </summary>
    private static long Integer(string raw)
    {
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue)
            return (long)number;
        throw new CanonicalFormException($"The number {raw} is not a 64-bit integer; sealed event data holds integers only.");
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                        break;
                    }

                    // UTF-8 cannot carry half a character, so such a string was not written by us.
                    if (char.IsSurrogate(c)) throw new CanonicalFormException("A string holds a lone surrogate.");
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}

/// <summary>Orders strings by Unicode code point (the order of their UTF-8 bytes), not by UTF-16 code unit.</summary>
public sealed class CodePointOrder : IComparer<string>
{
    public static readonly CodePointOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var left = x.EnumerateRunes().GetEnumerator();
        var right = y.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight) return hasLeft.CompareTo(hasRight);
            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0) return order;
        }
    }
}

/// <summary>Stored data that cannot be put in canonical form: it cannot match any hash, so it counts as a break.</summary>
public sealed class CanonicalFormException(string message) : Exception(message);
