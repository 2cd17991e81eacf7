namespace CaseTracker.Api.Tests.Reliability.Fuzzing;

/// <summary>
/// Values chosen to break parsers, validators and date arithmetic. Entries starting with
/// <see cref="Raw"/> are written into the JSON as they are, not as strings.
/// </summary>
public static class HostileValues
{
    public const string Raw = "raw:";

    public static readonly string[] Unicode =
    [
        "\u202Eevil\u202C right-to-left override", "שלום עליכם", "مرحبا بالعالم", "👩‍👩‍👧‍👦🏳️‍🌈🙂", "e" + new string('\u0301', 200),
        "a\u0000b", "\u0000", "\uFEFFbom", "\u200B\u200C\u200D", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ｆｕｌｌｗｉｄｔｈ", "\r\n\t", " ", "Ⅻ ½ ١٢٣",
        "'; drop table casetracker.mt_events; --", "<script>alert(1)</script>", "{{7*7}}${7*7}", "%00%0d%0a", "../../etc/passwd",
        Raw + "\"\\ud800\"", Raw + "\"\\udfff lone\"", Raw + "\"\\u0000\"",
    ];

    public static readonly string[] WrongTypes =
    [
        Raw + "42", Raw + "-1", Raw + "3.14", Raw + "true", Raw + "false", Raw + "[]", Raw + "{}", Raw + "[1,2]", Raw + "{\"a\":1}",
        Raw + "1e999", Raw + "-0", Raw + "9223372036854775808", Raw + "\"text\"", Raw + "[\"a\"]", Raw + "[[[[]]]]",
    ];

    public static readonly string[] Numbers =
    [
        Raw + "0", Raw + "-1", Raw + "2147483647", Raw + "2147483648", Raw + "-2147483649", Raw + "1.5", Raw + "1e3", Raw + "1e400",
        Raw + "-0", "5", "five", "", "0x10", Raw + "99999999999999999999999",
    ];

    public static readonly string[] DateTimes =
    [
        "2026-02-30T10:00:00Z", "2026-13-01T00:00:00Z", "2026-09-16T24:00:01Z", "yesterday", "", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2026-09-16", "2026-09-16T09:00:00",
        "2026-W38-3", "1970-01-01T00:00:00Z", "2100-01-01T00:00:00Z", "1900-02-29T00:00:00Z", "2026-09-16T09:00:00+25:00", Raw + "1758000000",
    ];

    public static readonly string[] Dates =
    [
        "2026-02-29", "2026-00-10", "0000-01-01", "0001-01-01", "9999-12-31", "2026-9-1", "16/09/2026", "2026-09-16T00:00:00Z", "",
        "1900-01-01", "2199-12-31", "2026-09-31", "-2026-01-01", Raw + "20260916",
    ];

    public static readonly string[] Enums = ["CarrierPigeon", "", " ", "null", "0", "1", "-1", Raw + "1", Raw + "0", "Email, Phone", "Phone,Letter", "PHONE", "phone", "Upheld|NotUpheld", "\u0000"];

    public static readonly string[] IfMatch =
    [
        "yesterday", "\"-1\"", "\"0\"", "\"99999999999999999999\"", "\"9223372036854775807\"", "W/\"1\"", "*", "\"1\", \"2\"", "", " ",
        new string('9', 1000), "\"١\"", "\"1", "1", "\"\"", "\"1 \"", "\"+1\"", "\"01\"", "W/\"9223372036854775808\"",
    ];

    public static readonly string[] IdempotencyKeys = ["", " ", new string('k', 201), new string('k', 200), "ключ-🙂", "\u0000", "a\r\nX-Injected: 1", "\t"];

    public static readonly string?[] ContentTypes =
    [
        "text/plain", "application/xml", null, "", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=utf-16",
        "application/json; charset=banana", "application/problem+json", "application/vnd.api+json", "APPLICATION/JSON", "application/json;;;",
        "*/*", "text/json", "application/json, text/plain",
    ];

    public static readonly string[] QueryValues =
    [
        "", " ", "-1", "0", "99999999999999999999", "1e3", "1.5", "abc", new string('x', 5000), "שלום", "🙂", "2026-13", "2026-00", "0000-01",
        "9999-12", "0001-01", "-2026-01", "2026-1", "\u0000", "true", "null", "2026-02-30T00:00:00Z", "9999-12-31T23:59:59-14:00",
        "0001-01-01T00:00:00+14:00", "9223372036854775807", "9223372036854775708", "2147483648", "'; select 1; --",
    ];

    public static readonly string[] PathIds =
    [
        "not-a-case-id", "00000000-0000-0000-0000-00000000000g", new string('a', 5000), "🙂", "..", "%00", "{00000000-0000-0000-0000-000000000001}",
        "00000000000000000000000000000001", " ", "null", "-1", "2026",
    ];

    public static readonly string[] Years = ["0", "-1", "10000", "abcd", "2026.5", "99999999999", " ", "0001", "9999", "١٢٣٤", "2026 "];
}
