using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Medline.Parser.Serialization;

// Each element is first walked against the serializer's own metadata (the same JsonTypeInfo it deserializes with, so
// the schema is written once): syntax, value kinds, enum names, unknown and missing properties, each with its path
// and position. Only an element without errors is deserialized.
public sealed partial class MedlineJsonReader
{
    private static readonly JsonTypeInfo<MedlineCitation> s_citation =
        (JsonTypeInfo<MedlineCitation>)MedlineJson.Options.GetTypeInfo(typeof(MedlineCitation));

    private readonly List<MedlineDiagnostic> _elementWarnings = [];

    private MedlineCitation? ReadCitation(ReadOnlySpan<byte> element, SourcePosition start, string path)
    {
        var citation = ReadElement(element, start, path, s_citation, "a citation object");
        if (citation is null)
        {
            return null;
        }

        var problems = CheckValues(citation, path);
        if (problems.Count > 0)
        {
            ReportSkipped();
            foreach (var problem in problems)
            {
                Report(Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.JsonValueMismatch, start, problem));
            }

            return null;
        }

        return _elementWarnings.Count > 0 ? citation with { Diagnostics = [.. _elementWarnings] } : citation;
    }

    // Checks, then deserializes; null (with the errors reported) when the element is not a T.
    private T? ReadElement<T>(ReadOnlySpan<byte> element, SourcePosition start, string path, JsonTypeInfo<T> info, string what)
        where T : class
    {
        _elementWarnings.Clear();
        var checker = new Checker(this, element, start);
        var ok = checker.CheckRoot(path, info, what);
        if (!ok)
        {
            // A skipped object's warnings stay with its errors, in the reader's diagnostics.
            foreach (var diagnostic in checker.Found)
            {
                Report(diagnostic);
            }

            return null;
        }

        // A strict reader still stops at nothing but errors; the warnings of an object read travel with it.
        _elementWarnings.AddRange(checker.Found);

        try
        {
            return JsonSerializer.Deserialize(element, info);
        }
        catch (JsonException e)
        {
            var position = e.LineNumber is { } line && e.BytePositionInLine is { } column ? checker.PositionOf(checker.TokenStartBefore(line, column)) : start;
            ReportSkipped();
            Report(Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.JsonInvalidValue, position,
                $"{JoinPath(path, e.Path)}: {StripPosition(e.Message)}"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // A value the model itself refuses: still one error for the object, never an exception out of the reader.
            ReportSkipped();
            Report(Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.JsonInvalidValue, start, $"{path}: {StripPosition(e.Message)}"));
            return null;
        }
    }

    // The object is skipped after all: its warnings go to the reader's diagnostics, before its error.
    private void ReportSkipped()
    {
        foreach (var warning in _elementWarnings)
        {
            Report(warning);
        }

        _elementWarnings.Clear();
    }

    private static string JoinPath(string root, string? path) =>
        path is null || path == "$" ? root : root + path[1..];

    // The serializer's messages end with where they are; ours say that in the diagnostic's own way.
    private static string StripPosition(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: ", " | LineNumber"])
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.TrimEnd().TrimEnd('.');
    }

    private ref struct Checker
    {
        private readonly MedlineJsonReader _owner;
        private readonly ReadOnlySpan<byte> _element;
        private readonly SourcePosition _start;
        private readonly StringBuilder _path = new();
        private Utf8JsonReader _reader;

        public Checker(MedlineJsonReader owner, ReadOnlySpan<byte> element, SourcePosition start)
        {
            _owner = owner;
            _element = element;
            _start = start;
            _reader = new Utf8JsonReader(element, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        }

        public List<MedlineDiagnostic> Found { get; } = [];

        public bool CheckRoot(string root, JsonTypeInfo info, string what)
        {
            _path.Append(root);
            try
            {
                _reader.Read();
                if (_reader.TokenType != JsonTokenType.StartObject)
                {
                    Invalid($"expected {what}, found {Describe(_reader.TokenType)}");
                    return false;
                }

                var ok = CheckValue(info);
                _reader.Read(); // throws on text after the object (a broken NDJSON line)
                return ok;
            }
            catch (JsonException e)
            {
                var position = e.LineNumber is { } line && e.BytePositionInLine is { } column ? PositionOf(line, column) : _start;
                Found.Add(_owner.Syntax(position, $"invalid JSON in {root}: {StripPosition(e.Message)}"));
                return false;
            }
        }

        // The reader stands on the value's first token; it is left on its last.
        private bool CheckValue(JsonTypeInfo info)
        {
            var token = _reader.TokenType;
            var type = Nullable.GetUnderlyingType(info.Type);
            if (token == JsonTokenType.Null)
            {
                return type is not null || !info.Type.IsValueType || Invalid($"expected {Expected(info)}, found null");
            }

            if (type is not null)
            {
                info = info.Options.GetTypeInfo(type);
            }

            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    return token == JsonTokenType.StartObject ? CheckObject(info) : Mismatch(info);
                case JsonTypeInfoKind.Enumerable:
                    return token == JsonTokenType.StartArray ? CheckArray(info) : Mismatch(info);
                default:
                    return CheckScalar(info);
            }
        }

        private bool CheckObject(JsonTypeInfo info)
        {
            var objectStart = _reader.TokenStartIndex;
            var ok = true;
            Span<bool> seen = stackalloc bool[info.Properties.Count];
            while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = _reader.GetString()!;
                var nameStart = _reader.TokenStartIndex;
                var length = _path.Length;
                _path.Append('.').Append(name);
                _reader.Read();
                var index = IndexOf(info, name);
                if (index < 0 && name == "fields" && info.Type == typeof(MedlineCitation))
                {
                    // Not a lost property but the wrong reader: an error, or the user would get empty citations.
                    ok = Invalid("expected a citation, found a record of --raw JSON; read it as records (MedlineJsonReader.ReadRecords)");
                    _reader.Skip();
                }
                else if (index >= 0 && seen[index])
                {
                    ok = Invalid($"property '{name}' occurs twice; expected it once");
                    _reader.Skip();
                }
                else if (index < 0)
                {
                    Found.Add(_owner.Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.JsonUnknownProperty, PositionOf(nameStart),
                        $"{_path}: unknown property '{name}' of {Describe(info.Type)}; it is not read"));
                    _reader.Skip();
                }
                else
                {
                    var property = info.Properties[index];
                    seen[index] = true;
                    if (property.IsRequired && _reader.TokenType == JsonTokenType.Null)
                    {
                        ok = Invalid($"expected {Expected(property.Options.GetTypeInfo(property.PropertyType))}, found null (the property is required)");
                    }
                    else
                    {
                        ok &= CheckValue(property.Options.GetTypeInfo(property.PropertyType));
                    }
                }

                _path.Length = length;
            }

            for (var i = 0; i < seen.Length; i++)
            {
                if (!seen[i] && info.Properties[i].IsRequired)
                {
                    Found.Add(_owner.Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.JsonMissingProperty, PositionOf(objectStart),
                        $"{_path}: missing required property '{info.Properties[i].Name}' of {Describe(info.Type)}"));
                    ok = false;
                }
            }

            return ok;
        }

        private bool CheckArray(JsonTypeInfo info)
        {
            var element = info.Options.GetTypeInfo(info.ElementType!);
            var ok = true;
            for (var i = 0; _reader.Read() && _reader.TokenType != JsonTokenType.EndArray; i++)
            {
                var length = _path.Length;
                _path.Append(CultureInfo.InvariantCulture, $"[{i}]");
                ok &= CheckValue(element);
                _path.Length = length;
            }

            return ok;
        }

        private bool CheckScalar(JsonTypeInfo info)
        {
            var type = info.Type;
            var token = _reader.TokenType;
            if (type.IsEnum)
            {
                if (token != JsonTokenType.String)
                {
                    return Mismatch(info);
                }

                var text = _reader.GetString()!;
                foreach (var name in Enum.GetNames(type))
                {
                    if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return Invalid($"'{text}' is not a name of {type.Name}; expected one of {string.Join(", ", Enum.GetNames(type))}");
            }

            var fits = Expected(info) switch
            {
                "a string" or "an ISO 8601 date" => token == JsonTokenType.String,
                "true or false" => token is JsonTokenType.True or JsonTokenType.False,
                "a number" => token == JsonTokenType.Number,
                _ => true, // left to the deserializer, which reports it with its path
            };
            if (!fits)
            {
                return Mismatch(info);
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                _reader.Skip();
            }

            return true;
        }

        private bool Mismatch(JsonTypeInfo info)
        {
            var found = Describe(_reader.TokenType);
            Invalid($"expected {Expected(info)}, found {found}");
            if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                _reader.Skip();
            }

            return false;
        }

        private bool Invalid(string message)
        {
            Found.Add(_owner.Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.JsonInvalidValue, PositionOf(_reader.TokenStartIndex),
                $"{_path}: {message}"));
            return false;
        }

        private static int IndexOf(JsonTypeInfo info, string name)
        {
            var properties = info.Properties;
            for (var i = 0; i < properties.Count; i++)
            {
                if (properties[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Expected(JsonTypeInfo info)
        {
            var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
            return info.Kind switch
            {
                JsonTypeInfoKind.Object => "an object",
                JsonTypeInfoKind.Enumerable => "an array",
                _ when type == typeof(string) => "a string",
                _ when type == typeof(bool) => "true or false",
                _ when type.IsEnum => "a " + type.Name + " name",
                _ when type.IsPrimitive || type == typeof(decimal) => "a number",
                _ when type == typeof(Model.Timestamp) || type == typeof(Model.CompactDate) => "an ISO 8601 date",
                _ => "a " + type.Name,
            };
        }

        // The --raw shapes are internal types: their messages name what the user wrote, not our class.
        private static string Describe(Type type) =>
            type == typeof(RawRecordJson) ? "a raw record" : type == typeof(RawFieldJson) ? "a raw field" : type.Name;

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => token.ToString(),
        };

        // The serializer reports a bad value just after it; the diagnostic points at its start.
        public readonly long TokenStartBefore(long lineNumber, long bytePositionInLine)
        {
            var end = ByteIndex(lineNumber, bytePositionInLine);
            var reader = new Utf8JsonReader(_element);
            var start = 0L;
            while (reader.Read() && reader.TokenStartIndex < end)
            {
                start = reader.TokenStartIndex;
            }

            return start;
        }

        public readonly SourcePosition PositionOf(long lineNumber, long bytePositionInLine) => PositionOf(ByteIndex(lineNumber, bytePositionInLine));

        private readonly long ByteIndex(long lineNumber, long bytePositionInLine)
        {
            var index = 0;
            for (var line = 0L; line < lineNumber && index < _element.Length; index++)
            {
                if (_element[index] == (byte)'\n')
                {
                    line++;
                }
            }

            return index + bytePositionInLine;
        }

        public readonly SourcePosition PositionOf(long byteIndex)
        {
            var (line, column, offset) = (_start.Line, _start.Column, _start.Offset);
            var end = Math.Min(byteIndex, _element.Length);
            for (var i = 0; i < end; i++)
            {
                Step(_element[i], ref line, ref column, ref offset);
            }

            return new SourcePosition(offset, line, column);
        }
    }
}
