using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Medline.Parser;

/// <summary>The known-tag registry: names, lookup from text, and how often a tag may occur in a record.</summary>
public static class MedlineTags
{
    // Every known tag in MedlineTag order (index 0 is Unknown): its text; whether a record may hold it more than once
    // (format §2, column "Rep"); its place in PubMed's usual field order (format §1.5; tags of one block share a
    // number, legacy tags have none: 255); and the shape of its value, by which a field start is told from text that
    // only looks like one when a line that lost its breaks is split (Tokenizing/FlattenedLine).
    private static readonly (string Name, bool Repeatable, byte Order, ValueShape Shape)[] s_tags =
    [
        ("", true, 255, ValueShape.None),
        ("PMID", false, 0, ValueShape.Digits),
        ("OWN", false, 1, ValueShape.Token),
        ("STAT", false, 2, ValueShape.Token),
        ("DCOM", false, 3, ValueShape.CompactDate),
        ("LR", false, 4, ValueShape.CompactDate),
        ("DA", false, 3, ValueShape.CompactDate),
        ("CRDT", false, 38, ValueShape.Timestamp),
        ("EDAT", false, 35, ValueShape.Timestamp),
        ("MHDA", false, 36, ValueShape.Timestamp),
        ("PHST", true, 39, ValueShape.History),
        ("PST", false, 41, ValueShape.Token),
        ("DEP", false, 20, ValueShape.CompactDate),
        ("PMC", false, 29, ValueShape.PmcId),
        ("PMCR", false, 37, ValueShape.Timestamp),
        ("MID", true, 30, ValueShape.Token),
        ("OID", true, 31, ValueShape.Line),
        ("JID", false, 24, ValueShape.Token),
        ("AID", true, 40, ValueShape.Location),
        ("LID", true, 11, ValueShape.Location),
        ("IS", true, 5, ValueShape.Issn),
        ("TA", false, 22, ValueShape.Long),
        ("JT", false, 23, ValueShape.Long),
        ("PL", false, 21, ValueShape.Line),
        ("VI", false, 6, ValueShape.Short),
        ("IP", false, 7, ValueShape.Short),
        ("DP", false, 8, ValueShape.Year),
        ("PG", false, 10, ValueShape.Line),
        ("SO", false, 42, ValueShape.Long),
        ("PUBM", false, 5, ValueShape.Token),
        ("TI", false, 9, ValueShape.Free),
        ("TT", false, 19, ValueShape.Free),
        ("AB", false, 12, ValueShape.Free),
        ("CI", false, 13, ValueShape.Free),
        ("OAB", true, 12, ValueShape.Free),
        ("OABL", true, 12, ValueShape.Language),
        ("OCI", true, 13, ValueShape.Free),
        ("COIS", false, 33, ValueShape.Free),
        ("COI", false, 33, ValueShape.Free),
        ("GN", true, 19, ValueShape.Free),
        ("RF", false, 28, ValueShape.Digits),
        ("LA", true, 15, ValueShape.Language),
        ("PT", true, 18, ValueShape.Line),
        ("FAU", true, 14, ValueShape.FullName),
        ("AU", true, 14, ValueShape.ShortName),
        ("AUID", true, 14, ValueShape.AuthorId),
        ("AD", true, 14, ValueShape.Free),
        ("CN", true, 14, ValueShape.Long),
        ("IR", true, 34, ValueShape.ShortName),
        ("FIR", true, 34, ValueShape.FullName),
        ("IRAD", true, 34, ValueShape.Free),
        ("ED", true, 14, ValueShape.ShortName),
        ("FED", true, 14, ValueShape.FullName),
        ("PS", true, 14, ValueShape.ShortName),
        ("FPS", true, 14, ValueShape.FullName),
        ("MH", true, 28, ValueShape.Long),
        ("OTO", true, 32, ValueShape.Token),
        ("OT", true, 32, ValueShape.Long),
        ("RN", true, 25, ValueShape.Long),
        ("NM", true, 19, ValueShape.Long),
        ("SB", true, 26, ValueShape.Token),
        ("SI", true, 16, ValueShape.Line),
        ("GS", true, 19, ValueShape.Line),
        ("GR", true, 17, ValueShape.Long),
        ("SFM", true, 32, ValueShape.Line),
        ("BTI", false, 9, ValueShape.Long),
        ("CTI", true, 45, ValueShape.Long),
        ("VTI", false, 45, ValueShape.Long),
        ("CP", false, 45, ValueShape.Line),
        ("EN", false, 45, ValueShape.Line),
        ("ISBN", true, 5, ValueShape.Issn),
        ("PB", false, 45, ValueShape.Long),
        ("CTDT", false, 45, ValueShape.CompactDate),
        ("DRDT", false, 45, ValueShape.CompactDate),
        ("CDAT", false, 38, ValueShape.Timestamp),
        ("CON", true, 27, ValueShape.Long),
        ("CIN", true, 27, ValueShape.Long),
        ("EIN", true, 27, ValueShape.Long),
        ("EFR", true, 27, ValueShape.Long),
        ("CRI", true, 27, ValueShape.Long),
        ("CRF", true, 27, ValueShape.Long),
        ("RIN", true, 27, ValueShape.Long),
        ("ROF", true, 27, ValueShape.Long),
        ("RRI", true, 27, ValueShape.Long),
        ("RRF", true, 27, ValueShape.Long),
        ("PRIN", true, 27, ValueShape.Long),
        ("PROF", true, 27, ValueShape.Long),
        ("RPI", true, 27, ValueShape.Long),
        ("RPF", true, 27, ValueShape.Long),
        ("UIN", true, 27, ValueShape.Long),
        ("UOF", true, 27, ValueShape.Long),
        ("SPIN", true, 27, ValueShape.Long),
        ("ORI", true, 27, ValueShape.Long),
        ("ECI", true, 27, ValueShape.Long),
        ("ECF", true, 27, ValueShape.Long),
        ("DDIN", true, 27, ValueShape.Long),
        ("DRIN", true, 27, ValueShape.Long),
        ("KW", true, 32, ValueShape.Long),
        ("AA", true, 255, ValueShape.None),
        ("CA", true, 255, ValueShape.None),
        ("CM", true, 255, ValueShape.None),
        ("CU", true, 255, ValueShape.None),
        ("CY", true, 255, ValueShape.None),
        ("EA", true, 255, ValueShape.None),
        ("EM", true, 255, ValueShape.None),
        ("ID", true, 255, ValueShape.None),
        ("JC", true, 255, ValueShape.None),
        ("LI", true, 255, ValueShape.None),
        ("MN", true, 255, ValueShape.None),
        ("MR", true, 255, ValueShape.None),
        ("NI", true, 255, ValueShape.None),
        ("RO", true, 255, ValueShape.None),
        ("SH", true, 255, ValueShape.None),
        ("UI", true, 255, ValueShape.None),
        ("YR", true, 255, ValueShape.None),
    ];

    // Tags whose values come from a small closed set (owner, status, language, publication type and status, country,
    // subset, keyword owner): over 97 % of their values repeat one seen moments before, so the reader shares one string
    // per distinct value. Measured (docs/performance.md): pooling also MH, JT, TA, JID, IS, RN, DP and CI saves only 6 %
    // of the bytes and costs 20 % of the speed, because their misses (30-60 %) are strings that outlive gen0 in the
    // long-lived cache; near-unique values (PHST, AD, GR, OT, dates, identifiers) are never worth a look-up.
    private static readonly bool[] s_pooled = BuildPooled(
        MedlineTag.Own, MedlineTag.Stat, MedlineTag.La, MedlineTag.Pt, MedlineTag.Pl, MedlineTag.Pst, MedlineTag.Sb,
        MedlineTag.Oto);

    private static bool[] BuildPooled(params MedlineTag[] tags)
    {
        var pooled = new bool[s_tags.Length];
        foreach (var tag in tags)
        {
            pooled[(int)tag] = true;
        }

        return pooled;
    }

    /// <summary>The number of known tags, <see cref="MedlineTag.Unknown"/> not counted.</summary>
    public static int Count => s_tags.Length - 1;

    /// <summary>All known tags, in the order of the format reference.</summary>
    public static IEnumerable<MedlineTag> All
    {
        get
        {
            for (var i = 1; i < s_tags.Length; i++)
            {
                yield return (MedlineTag)i;
            }
        }
    }

    /// <summary>The tag as written in MEDLINE text (<c>"PMID"</c>, <c>"AU"</c>); empty for <see cref="MedlineTag.Unknown"/>.</summary>
    /// <param name="tag">A known tag.</param>
    public static string GetName(MedlineTag tag) => s_tags[(int)tag].Name;

    /// <summary>Whether the tag may occur more than once in a record (<c>AU</c>, <c>MH</c>) or at most once (<c>TI</c>, <c>DP</c>).</summary>
    /// <param name="tag">A known tag.</param>
    public static bool IsRepeatable(MedlineTag tag) => s_tags[(int)tag].Repeatable;

    internal static bool IsPooled(MedlineTag tag) => s_pooled[(int)tag];

    /// <summary>The tag's place in PubMed's usual field order (format §1.5); 255 for legacy tags.</summary>
    internal static int GetOrder(MedlineTag tag) => s_tags[(int)tag].Order;

    /// <summary>The shape of the tag's values, as far as telling a field start from quoted text needs it.</summary>
    internal static ValueShape GetShape(MedlineTag tag) => s_tags[(int)tag].Shape;

    // Open-addressing table from a tag padded to four chars with spaces, read as one ulong ("AU  " → 4 UTF-16 code
    // units), to the tag: the tokenizer's look-up, one multiply and usually one compare instead of a string switch.
    private const int PaddedTableBits = 9;
    private static readonly ulong[] s_paddedKeys = new ulong[1 << PaddedTableBits];
    private static readonly byte[] s_paddedTags = BuildPaddedTable();

    private static byte[] BuildPaddedTable()
    {
        var tags = new byte[1 << PaddedTableBits];
        for (var i = 1; i < s_tags.Length; i++)
        {
            var key = PaddedKey(s_tags[i].Name.PadRight(4));
            var slot = PaddedSlot(key);
            while (s_paddedKeys[slot] != 0)
            {
                slot = (slot + 1) & ((1 << PaddedTableBits) - 1);
            }

            s_paddedKeys[slot] = key;
            tags[slot] = (byte)i;
        }

        return tags;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PaddedKey(ReadOnlySpan<char> fourChars) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(fourChars));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PaddedSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - PaddedTableBits));

    /// <summary>
    /// Looks up a tag from the first four chars of a tag line (the tag padded with spaces, as
    /// <see cref="Tokenizing.RecordTokenizer.TryParseTagLine"/> accepts it): same result as <see cref="Parse"/> on
    /// the unpadded tag.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static MedlineTag LookupPadded(ReadOnlySpan<char> fourChars)
    {
        var key = PaddedKey(fourChars);
        var slot = PaddedSlot(key);
        var keys = s_paddedKeys;
        while (true)
        {
            var found = keys[slot];
            if (found == key)
            {
                return (MedlineTag)s_paddedTags[slot];
            }

            if (found == 0)
            {
                return MedlineTag.Unknown;
            }

            slot = (slot + 1) & (keys.Length - 1);
        }
    }

    /// <summary>Looks up a tag by its text, which must match exactly (upper case, no padding).</summary>
    /// <param name="text">The tag text, such as <c>"AUID"</c>.</param>
    /// <returns>The known tag, or <see cref="MedlineTag.Unknown"/>.</returns>
    public static MedlineTag Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 4 || text.Contains(' '))
        {
            return MedlineTag.Unknown;
        }

        Span<char> padded = stackalloc char[4];
        padded.Fill(' ');
        text.CopyTo(padded);
        return LookupPadded(padded);
    }
}
