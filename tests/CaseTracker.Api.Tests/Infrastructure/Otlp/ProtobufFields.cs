using System.Text;

namespace CaseTracker.Api.Tests.Infrastructure.Otlp;

/// <summary>One field of a protobuf message as it is on the wire: its number, and its value as a number or as bytes.</summary>
public readonly record struct ProtobufField(int Number, ulong Number64, ReadOnlyMemory<byte> Bytes)
{
    public string Text => Encoding.UTF8.GetString(Bytes.Span);

    /// <summary>An id (trace, span) the way OpenTelemetry writes it in text: lower-case hex.</summary>
    public string Hex => Convert.ToHexStringLower(Bytes.Span);

    public IReadOnlyList<ProtobufField> Message => ProtobufFields.Read(Bytes);
}

/// <summary>
/// Just enough of the protobuf wire format to read OTLP exports without their .proto files: a message
/// is a run of (tag, value) pairs; the tag is a varint holding field number &lt;&lt; 3 | wire type; the value
/// is a varint (0), 8 bytes (1), a varint length then that many bytes (2: strings, bytes, messages), or
/// 4 bytes (5). Which fields hold messages is known to the reader, not written on the wire.
/// </summary>
public static class ProtobufFields
{
    public static IReadOnlyList<ProtobufField> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<ProtobufField>();
        var at = 0;
        var bytes = message.Span;
        while (at < bytes.Length)
        {
            var tag = Varint(bytes, ref at);
            var number = (int)(tag >> 3);
            switch ((int)(tag & 7))
            {
                case 0:
                    fields.Add(new ProtobufField(number, Varint(bytes, ref at), ReadOnlyMemory<byte>.Empty));
                    break;
                case 1:
                    fields.Add(new ProtobufField(number, BitConverter.ToUInt64(bytes.Slice(at, 8)), message.Slice(at, 8)));
                    at += 8;
                    break;
                case 2:
                    var length = checked((int)Varint(bytes, ref at));
                    fields.Add(new ProtobufField(number, 0, message.Slice(at, length)));
                    at += length;
                    break;
                case 5:
                    fields.Add(new ProtobufField(number, BitConverter.ToUInt32(bytes.Slice(at, 4)), message.Slice(at, 4)));
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"Wire type {tag & 7} of field {number} at byte {at} is not one OTLP uses.");
            }
        }

        return fields;
    }

    /// <summary>The fields numbered <paramref name="number"/>: a repeated field appears once per element.</summary>
    public static IEnumerable<ProtobufField> All(this IReadOnlyList<ProtobufField> fields, int number) => fields.Where(f => f.Number == number);

    public static ProtobufField? One(this IReadOnlyList<ProtobufField> fields, int number) =>
        fields.LastOrDefault(f => f.Number == number) is { Number: > 0 } field ? field : null;

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }

        throw new InvalidDataException("A varint longer than ten bytes.");
    }
}
