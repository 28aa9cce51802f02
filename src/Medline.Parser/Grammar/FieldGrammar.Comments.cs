using System.Diagnostics.CodeAnalysis;
using Medline.Parser.Model;
using Sprache;

namespace Medline.Parser.Grammar;

internal static partial class FieldGrammar
{
    // ---------------------------------------------------------------- CIN/CON/EIN/...: "<source> PMID: <n>[trailing]"
    internal static readonly Parser<string> PmidMarker = Parse.String("PMID:").Text();

    internal static readonly Parser<string> PmidTail =
        (from marker in PmidMarker
         from sp in Prim.Space.Many()
         from pmid in Prim.Digits
         from rest in Parse.AnyChar.Except(PmidMarker).Many()
         select pmid).End();

    internal static readonly Parser<(string RefSource, IOption<string> Pmid)> CommentCorrectionGrammar =
        (from source in Parse.AnyChar.Except(PmidTail).Many().Text()
         from pmid in PmidTail.Optional()
         select (source, pmid)).End();

    /// <summary>
    /// Parses a comment/correction value: the PMID is taken from the last <c>PMID: n</c> (any text after it is
    /// dropped); the text before it, trimmed, is the reference source. Fails only on an empty value.
    /// </summary>
    internal static ParseOutcome<CommentCorrection> ParseCommentCorrection(CommentCorrectionType type, string value) =>
        ParseCommentCorrection(type, value, GrammarPath.Auto);

    internal static ParseOutcome<CommentCorrection> ParseCommentCorrection(CommentCorrectionType type, string value, GrammarPath path)
    {
        if (value.Length == 0)
        {
            return ParseOutcome<CommentCorrection>.Fail(value, DiagnosticCodes.InvalidCommentCorrection, DiagnosticSeverity.Error, 0, "expected reference source");
        }

        if (path == GrammarPath.Auto)
        {
            // Same rule as the grammar: a PMID only when the LAST "PMID:" is followed by spaces and digits.
            var s = value.AsSpan();
            var marker = s.LastIndexOf("PMID:");
            string? fastPmid = null;
            if (marker >= 0)
            {
                var digits = s[(marker + 5)..].TrimStart(' ');
                var length = 0;
                while (length < digits.Length && char.IsAsciiDigit(digits[length]))
                {
                    length++;
                }

                fastPmid = length > 0 ? digits[..length].ToString() : null;
            }

            var refSource = fastPmid is null ? s.Trim() : s[..marker].Trim();
            return ParseOutcome<CommentCorrection>.Ok(
                new CommentCorrection { Raw = value, Type = type, RefSource = refSource.Length == value.Length ? value : refSource.ToString(), Pmid = fastPmid },
                value);
        }

        var result = CommentCorrectionGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<CommentCorrection, (string, IOption<string>)>(value, result, DiagnosticCodes.InvalidCommentCorrection, DiagnosticSeverity.Error);
        }

        var (source, pmid) = result.Value;
        return ParseOutcome<CommentCorrection>.Ok(
            new CommentCorrection { Raw = value, Type = type, RefSource = source.Trim(), Pmid = pmid.IsDefined ? pmid.Get() : null },
            value);
    }

    /// <summary>Maps a comment/correction tag (<c>CIN</c>, <c>EFR</c>, ...) to its type, by the tag's row in <see cref="MedlineTags"/>.</summary>
    internal static bool TryGetCommentCorrectionType(string tag, [NotNullWhen(true)] out CommentCorrectionType? type)
    {
        type = MedlineTags.GetLinkType(MedlineTags.Parse(tag));
        return type is not null;
    }

    /// <summary>All comment/correction tags, in <see cref="CommentCorrectionType"/> order (from the tag rows).</summary>
    internal static readonly string[] CommentCorrectionTags = Array.ConvertAll(
        Enum.GetValues<CommentCorrectionType>(), static type => MedlineTags.GetName(MedlineTags.GetLinkTag(type)));

    /// <summary>A comment/correction value: <c>Stroke. 2014 May;45(5):e86. PMID: 24627111</c>, or the bare source.</summary>
    internal static string Format(CommentCorrection link) =>
        link.Pmid is null ? link.RefSource : link.RefSource.Length == 0 ? $"PMID: {link.Pmid}" : $"{link.RefSource} PMID: {link.Pmid}";
}
