using System.Text;
using System.Text.Json.Nodes;

namespace CaseTracker.Api.Tests.Reliability.Fuzzing;

public sealed partial class FuzzedRequests
{
    /// <summary>A request being put together: valid to begin with, until <see cref="Spoil"/>.</summary>
    private sealed class Draft
    {
        private readonly FuzzedRequests _fuzz;
        private readonly Operation _operation;
        private readonly Dictionary<string, string> _path = [];
        private readonly List<(string Name, string Value)> _query = [];
        private readonly Dictionary<string, string> _headers = [];
        private readonly List<string> _raw = [];
        private JsonObject? _body;
        private IReadOnlyList<Slot> _slots = [];
        private byte[]? _bytes;
        private string? _contentType = "application/json";
        private bool _declaresLength = true;
        private string _role;
        private Credentials _credentials = Credentials.Good;

        public Draft(FuzzedRequests fuzz, Operation operation)
        {
            _fuzz = fuzz;
            _operation = operation;
            _role = fuzz.Role(operation);
            var part = operation.In("path").Select(p => fuzz._targets.PartsFor(p.Name)).OfType<IReadOnlyList<Part>>().Select(parts => fuzz.Pick(parts)).FirstOrDefault();
            foreach (var parameter in operation.In("path"))
            {
                _path[parameter.Name] = parameter.Name switch
                {
                    "year" => Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "id" => (part is not null && fuzz._random.Next(5) > 0 ? part.Case : fuzz.Pick(fuzz._targets.Cases)).ToString(),
                    _ => part!.Id.ToString(),
                };
            }

            foreach (var parameter in operation.In("query").Where(_ => fuzz._random.Next(2) == 0))
                _query.Add((parameter.Name, ValidQueryValue(parameter.Name)));
            if (operation.Body is not null) (_body, _slots) = fuzz._valid.For(operation.Body);
        }

        private DateTimeOffset Now => _fuzz._now;

        private Random Random => _fuzz._random;

        private string ValidQueryValue(string name) => name switch
        {
            "from" => "2026-01",
            "to" => $"2026-{Random.Next(1, 13):00}",
            "page" => Random.Next(1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "pageSize" => Random.Next(1, 101).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "fromVersion" or "version" => Random.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "overdue" => Random.Next(2) == 0 ? "true" : "false",
            "asOf" => Now.AddHours(-Random.Next(0, 100)).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            "status" => _fuzz.Pick(new[] { "Open", "Acknowledged", "Closed", "Withdrawn" }),
            "kind" => _fuzz.Pick(new[] { "Acknowledgement", "Response", "Candour", "Action" }),
            _ => _fuzz.Pick(new[] { "Jo", "Community mental health team", "alice" }),
        };

        public void Spoil(string mutation)
        {
            switch (mutation)
            {
                case "valid": break;
                case "odd-credentials": _credentials = _fuzz.Pick(new[] { Credentials.None, Credentials.WrongKey, Credentials.Expired, Credentials.UnknownRole, Credentials.Elsewhere }); break;
                case "malformed-json": _bytes = Malformed(Serialise()); break;
                case "not-an-object": _bytes = Encoding.UTF8.GetBytes(_fuzz.Pick(new[] { "[]", "\"text\"", "42", "true", "null", "[{}]", "" })); break;
                case "wrong-type": Set(Slot(_ => true), _fuzz.Pick(HostileValues.WrongTypes)); break;
                case "missing-field": Slot(_ => true)?.Remove(); break;
                case "null-field": Slot(_ => true)?.Set(null); break;
                case "empty-object": _body = []; _slots = []; break;
                case "unknown-field": Unknown(); break;
                case "huge-string": Huge(); break;
                case "body-over-limit": Set(Slot(IsString), new string('x', Random.Next(2) == 0 ? 70 * 1024 : 1024 * 1024)); break;
                case "unicode": Set(Slot(IsString), _fuzz.Pick(HostileValues.Unicode)); break;
                case "invalid-enum": Set(Slot(s => OpenApiOperations.EnumOf(s).Count > 0), _fuzz.Pick(HostileValues.Enums)); break;
                case "invalid-date":
                    var date = Slot(s => (string?)s["format"] is "date" or "date-time");
                    Set(date, _fuzz.Pick((string?)date?.Schema["format"] == "date" ? HostileValues.Dates : HostileValues.DateTimes));
                    break;
                case "out-of-range-number": Set(Slot(s => OpenApiOperations.TypeOf(s) is "integer" or "number"), _fuzz.Pick(HostileValues.Numbers)); break;
                case "too-many-items": TooMany(); break;
                case "wrong-content-type": _contentType = _fuzz.Pick(HostileValues.ContentTypes); break;
                case "no-length":
                    _declaresLength = false;
                    if (Random.Next(2) == 0) Set(Slot(IsString), new string('x', 200 * 1024));
                    break;
                case "unknown-id": SetId(ValidBodies.RandomGuid(Random).ToString()); break;
                case "empty-id": SetId(Guid.Empty.ToString()); break;
                case "foreign-id": SetId(_fuzz._foreignCase.ToString()); break;
                case "not-an-id": SetId(_fuzz.Pick(HostileValues.PathIds)); break;
                case "other-kind-id": SetId(_fuzz.Pick(_fuzz._targets.Reviews.Concat(_fuzz._targets.Actions).Concat(_fuzz._targets.Agreements).ToList()).Id.ToString()); break;
                case "bad-query": BadQuery(); break;
                case "bad-if-match": _headers["If-Match"] = _fuzz.Pick(HostileValues.IfMatch); break;
                case "stale-if-match": _headers["If-Match"] = $"\"{Random.Next(1, 4)}\""; break;
                case "bad-idempotency-key": _headers["Idempotency-Key"] = _fuzz.Pick(HostileValues.IdempotencyKeys); break;
                case "reused-idempotency-key": _headers["Idempotency-Key"] = $"fuzz-key-{Random.Next(3)}"; break;
                default: throw new ArgumentOutOfRangeException(nameof(mutation), mutation, "No such mutation.");
            }
        }

        private static bool IsString(JsonNode schema) => OpenApiOperations.TypeOf(schema) == "string" && OpenApiOperations.EnumOf(schema).Count == 0;

        /// <summary>A slot whose schema passes <paramref name="fits"/>; any slot when none does, so that something is always spoilt.</summary>
        private Slot? Slot(Func<JsonNode, bool> fits)
        {
            var fitting = _slots.Where(s => fits(s.Schema)).ToList();
            var from = fitting.Count > 0 ? fitting : _slots.ToList();
            return from.Count == 0 ? null : _fuzz.Pick(from);
        }

        private void Set(Slot? slot, string value)
        {
            if (slot is null) return;
            if (!value.StartsWith(HostileValues.Raw, StringComparison.Ordinal))
            {
                slot.Set(value);
                return;
            }

            _raw.Add(value[HostileValues.Raw.Length..]);
            slot.Set($"@@raw{_raw.Count - 1}@@");
        }

        private void Unknown()
        {
            var objects = _slots.Where(s => s.Key is not null).Select(s => s.Parent).OfType<JsonObject>().Distinct().Append(_body!).ToList();
            var target = _fuzz.Pick(objects);
            var (name, value) = _fuzz.Pick(new (string, JsonNode?)[]
            {
                ("txet", "typo"), ("$type", "System.Object, System.Private.CoreLib"), ("__proto__", new JsonObject { ["admin"] = true }),
                ("id", ValidBodies.RandomGuid(Random).ToString()), ("tenant", "someone-else"), ("version", 99), ("", "empty name"),
            });
            target[name] = value;
        }

        private void Huge()
        {
            var slot = Slot(IsString);
            var max = (int?)slot?.Schema["maxLength"] ?? 100;
            var length = _fuzz.Pick(new[] { max + 1, max, 30_000 });
            var unit = _fuzz.Pick(new[] { "x", "é", "😀", "\u0301" });
            Set(slot, string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length]);
        }

        private void TooMany()
        {
            var arrays = _slots.Where(s => s.Key is not null && s.Parent.AsObject()[s.Key] is JsonArray).ToList();
            if (arrays.Count == 0)
            {
                Set(Slot(_ => true), HostileValues.Raw + "[" + string.Join(',', Enumerable.Repeat("1", 21)) + "]");
                return;
            }

            var array = _fuzz.Pick(arrays);
            var first = ((JsonArray)array.Parent.AsObject()[array.Key!]!).FirstOrDefault();
            var count = _fuzz.Pick(new[] { ((int?)array.Schema["maxItems"] ?? 20) + 1, 5_000 });
            array.Set(new JsonArray([.. Enumerable.Range(0, count).Select(_ => first?.DeepClone())]));
        }

        private void SetId(string value)
        {
            var names = _path.Keys.Where(k => k != "year").ToList();
            if (names.Count > 0) _path[_fuzz.Pick(names)] = value;
        }

        private void BadQuery()
        {
            if (_path.ContainsKey("year") && (Random.Next(2) == 0 || !_operation.In("query").Any()))
            {
                _path["year"] = _fuzz.Pick(HostileValues.Years);
                return;
            }

            var parameter = _fuzz.Pick(_operation.In("query").ToList());
            _query.RemoveAll(q => q.Name == parameter.Name);
            _query.Add((parameter.Name, _fuzz.Pick(HostileValues.QueryValues)));
            if (Random.Next(4) == 0) _query.Add((parameter.Name, ValidQueryValue(parameter.Name)));
        }

        private string Serialise()
        {
            var text = _body?.ToJsonString(Relaxed) ?? "";
            for (var i = 0; i < _raw.Count; i++) text = text.Replace($"\"@@raw{i}@@\"", _raw[i], StringComparison.Ordinal);
            return text;
        }

        private byte[] Malformed(string json)
        {
            var utf8 = Encoding.UTF8.GetBytes(json);
            return Random.Next(12) switch
            {
                0 => utf8[..Random.Next(Math.Max(utf8.Length, 1))],
                1 => Encoding.UTF8.GetBytes(json + "}"),
                2 => Encoding.UTF8.GetBytes(json.Length > 1 ? json[..^1] + ",}" : "{,}"),
                3 => Encoding.UTF8.GetBytes(json.Replace('"', '\'')),
                4 => Encoding.UTF8.GetBytes("{\"a\":" + new string('[', 5000) + new string(']', 5000) + "}"),
                5 => [.. utf8.Take(2), 0xC3, 0x28, 0xFF, .. utf8.Skip(2)],
                6 => [.. utf8.Take(3), 0x00, .. utf8.Skip(3)],
                7 => [0xEF, 0xBB, 0xBF, .. utf8],
                8 => Encoding.Unicode.GetBytes(json),
                9 => Encoding.UTF8.GetBytes("/* note */" + json),
                10 => Encoding.UTF8.GetBytes(json + json),
                _ => Encoding.UTF8.GetBytes(json.Replace(":", "=", StringComparison.Ordinal)),
            };
        }

        public FuzzedRequest Build(string mutation)
        {
            var path = _operation.Path;
            foreach (var (name, value) in _path) path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            var url = _query.Count == 0 ? path : path + "?" + string.Join('&', _query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}"));
            var body = _bytes ?? (_body is null ? null : Encoding.UTF8.GetBytes(Serialise()));
            return new FuzzedRequest(_operation, mutation, url, body, body is null && mutation != "wrong-content-type" ? null : _contentType,
                _declaresLength, _headers, _role, _credentials);
        }
    }
}
