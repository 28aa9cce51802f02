using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Medline.Parser;

/// <summary>The known-tag registry: names, lookup from text, and how often a tag may occur in a record.</summary>
public static class MedlineTags
{
    // Every known tag in MedlineTag order (index 0 is Unknown): its text, and whether a record may hold it more than
    // once (format §2, column "Rep").
    private static readonly (string Name, bool Repeatable)[] s_tags =
    [
        ("", true),
        ("PMID", false),
        ("OWN", false),
        ("STAT", false),
        ("DCOM", false),
        ("LR", false),
        ("DA", false),
        ("CRDT", false),
        ("EDAT", false),
        ("MHDA", false),
        ("PHST", true),
        ("PST", false),
        ("DEP", false),
        ("PMC", false),
        ("PMCR", false),
        ("MID", true),
        ("OID", true),
        ("JID", false),
        ("AID", true),
        ("LID", true),
        ("IS", true),
        ("TA", false),
        ("JT", false),
        ("PL", false),
        ("VI", false),
        ("IP", false),
        ("DP", false),
        ("PG", false),
        ("SO", false),
        ("PUBM", false),
        ("TI", false),
        ("TT", false),
        ("AB", false),
        ("CI", false),
        ("OAB", true),
        ("OABL", true),
        ("OCI", true),
        ("COIS", false),
        ("COI", false),
        ("GN", true),
        ("RF", false),
        ("LA", true),
        ("PT", true),
        ("FAU", true),
        ("AU", true),
        ("AUID", true),
        ("AD", true),
        ("CN", true),
        ("IR", true),
        ("FIR", true),
        ("IRAD", true),
        ("ED", true),
        ("FED", true),
        ("PS", true),
        ("FPS", true),
        ("MH", true),
        ("OTO", true),
        ("OT", true),
        ("RN", true),
        ("NM", true),
        ("SB", true),
        ("SI", true),
        ("GS", true),
        ("GR", true),
        ("SFM", true),
        ("BTI", false),
        ("CTI", true),
        ("VTI", false),
        ("CP", false),
        ("EN", false),
        ("ISBN", true),
        ("PB", false),
        ("CTDT", false),
        ("DRDT", false),
        ("CDAT", false),
        ("CON", true),
        ("CIN", true),
        ("EIN", true),
        ("EFR", true),
        ("CRI", true),
        ("CRF", true),
        ("RIN", true),
        ("ROF", true),
        ("RRI", true),
        ("RRF", true),
        ("PRIN", true),
        ("PROF", true),
        ("RPI", true),
        ("RPF", true),
        ("UIN", true),
        ("UOF", true),
        ("SPIN", true),
        ("ORI", true),
        ("ECI", true),
        ("ECF", true),
        ("DDIN", true),
        ("DRIN", true),
        ("KW", true),
        ("AA", true),
        ("CA", true),
        ("CM", true),
        ("CU", true),
        ("CY", true),
        ("EA", true),
        ("EM", true),
        ("ID", true),
        ("JC", true),
        ("LI", true),
        ("MN", true),
        ("MR", true),
        ("NI", true),
        ("RO", true),
        ("SH", true),
        ("UI", true),
        ("YR", true),
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
