using Medline.Parser.Model;

namespace Medline.Parser.Grammar;

// SI, OID and OAB are single splits; span code only (a Sprache grammar would add cost and nothing else).
internal static partial class FieldGrammar
{
    /// <summary>Parses an SI value <c>databank/accession</c>, split at the first <c>/</c>.</summary>
    internal static ParseOutcome<SecondarySourceId> ParseSecondarySourceId(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == value.Length - 1)
        {
            return ParseOutcome<SecondarySourceId>.Fail(
                value, DiagnosticCodes.InvalidOtherIdentifier, DiagnosticSeverity.Warning,
                slash < 0 ? value.Length : slash <= 0 ? 0 : slash + 1,
                slash < 0 ? "expected '/'" : slash == 0 ? "expected databank" : "expected accession number");
        }

        return ParseOutcome<SecondarySourceId>.Ok(
            new SecondarySourceId { Raw = value, Databank = value[..slash], AccessionNumber = value[(slash + 1)..] }, value);
    }

    /// <summary>Parses an OID value <c>source: id</c>, or a bare id (ERIC).</summary>
    internal static ParseOutcome<OtherId> ParseOtherId(string value)
    {
        if (value.Length == 0)
        {
            return ParseOutcome<OtherId>.Fail(value, DiagnosticCodes.InvalidOtherIdentifier, DiagnosticSeverity.Warning, 0, "expected identifier");
        }

        var colon = value.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !value.AsSpan(0, colon).Contains(' ')
            ? ParseOutcome<OtherId>.Ok(new OtherId { Raw = value, Source = value[..colon], Value = value[(colon + 2)..].TrimStart(' ') }, value)
            : ParseOutcome<OtherId>.Ok(new OtherId { Raw = value, Value = value }, value);
    }

    /// <summary>Parses an OAB value <c>Type: text</c>; the type is a single word before the first <c>: </c>, else absent.</summary>
    internal static ParseOutcome<OtherAbstract> ParseOtherAbstract(string value)
    {
        var colon = value.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && colon <= 40 && !value.AsSpan(0, colon).Contains(' ')
            ? ParseOutcome<OtherAbstract>.Ok(new OtherAbstract { Raw = value, Type = value[..colon], Text = value[(colon + 2)..].TrimStart(' ') }, value)
            : ParseOutcome<OtherAbstract>.Ok(new OtherAbstract { Raw = value, Text = value }, value);
    }

    // ---------------------------------------------------------------- formatting: the inverse of the parsers above

    /// <summary>An SI value: <c>ClinicalTrials.gov/NCT02239640</c>.</summary>
    internal static string Format(SecondarySourceId id) => $"{id.Databank}/{id.AccessionNumber}";

    /// <summary>An OID value: <c>NLM: PMC38908</c>, or the bare value without a source.</summary>
    internal static string Format(OtherId id) => id.Source is null ? id.Value : $"{id.Source}: {id.Value}";

    /// <summary>An OAB value: <c>Publisher: Abstract available from the publisher.</c>, or the bare text without a type.</summary>
    internal static string Format(OtherAbstract other) => other.Type is null ? other.Text : $"{other.Type}: {other.Text}";
}
