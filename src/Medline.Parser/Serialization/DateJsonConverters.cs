using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Medline.Parser.Model;

namespace Medline.Parser.Serialization;

/// <summary>
/// Writes a <see cref="Timestamp"/> as ISO 8601 text (<c>2020-08-07T06:00</c>, or <c>2020-07-31</c> without a time)
/// and reads it back (its MEDLINE text is formatted from the date) (<c>2020/08/07 06:00</c>).
/// </summary>
internal sealed class TimestampJsonConverter : JsonConverter<Timestamp>
{
    public override Timestamp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("expected an ISO 8601 date or date-time string");
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Timestamp { Date = date };
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            return new Timestamp
            {
                Date = DateOnly.FromDateTime(dateTime),
                Time = TimeOnly.FromDateTime(dateTime),
            };
        }

        throw new JsonException($"'{text}' is not an ISO 8601 date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm)");
    }

    public override void Write(Utf8JsonWriter writer, Timestamp value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[16];
        value.Date.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (value.Time is { } time)
        {
            buffer[written++] = 'T';
            time.TryFormat(buffer[written..], out var timeWritten, "HH:mm", CultureInfo.InvariantCulture);
            written += timeWritten;
        }

        writer.WriteStringValue(buffer[..written]);
    }
}

/// <summary>
/// Writes a <see cref="CompactDate"/> as ISO 8601 text (<c>2020-08-24</c>, or <c>2018-06</c> for a month) and reads it
/// back (its MEDLINE text, <c>20200824</c> or <c>201806</c>, is formatted from the date).
/// </summary>
internal sealed class CompactDateJsonConverter : JsonConverter<CompactDate>
{
    public override CompactDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("expected an ISO 8601 date string");
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new CompactDate { Date = day, Precision = DatePrecision.Day };
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new CompactDate { Date = month, Precision = DatePrecision.Month };
        }

        throw new JsonException($"'{text}' is not an ISO 8601 date (yyyy-MM-dd or yyyy-MM)");
    }

    public override void Write(Utf8JsonWriter writer, CompactDate value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[10];
        var format = value.Precision == DatePrecision.Month ? "yyyy-MM" : "yyyy-MM-dd";
        value.Date.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
