using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Medline.Parser;

/// <summary>The known-tag registry: names, lookup from text, and how often a tag may occur in a record.</summary>
public static class MedlineTags
{
    private static readonly string[] s_names =
    [
        "",
        "PMID",
        "OWN",
        "STAT",
        "DCOM",
        "LR",
        "DA",
        "CRDT",
        "EDAT",
        "MHDA",
        "PHST",
        "PST",
        "DEP",
        "PMC",
        "PMCR",
        "MID",
        "OID",
        "JID",
        "AID",
        "LID",
        "IS",
        "TA",
        "JT",
        "PL",
        "VI",
        "IP",
        "DP",
        "PG",
        "SO",
        "PUBM",
        "TI",
        "TT",
        "AB",
        "CI",
        "OAB",
        "OABL",
        "OCI",
        "COIS",
        "COI",
        "GN",
        "RF",
        "LA",
        "PT",
        "FAU",
        "AU",
        "AUID",
        "AD",
        "CN",
        "IR",
        "FIR",
        "IRAD",
        "ED",
        "FED",
        "PS",
        "FPS",
        "MH",
        "OTO",
        "OT",
        "RN",
        "NM",
        "SB",
        "SI",
        "GS",
        "GR",
        "SFM",
        "BTI",
        "CTI",
        "VTI",
        "CP",
        "EN",
        "ISBN",
        "PB",
        "CTDT",
        "DRDT",
        "CDAT",
        "CON",
        "CIN",
        "EIN",
        "EFR",
        "CRI",
        "CRF",
        "RIN",
        "ROF",
        "RRI",
        "RRF",
        "PRIN",
        "PROF",
        "RPI",
        "RPF",
        "UIN",
        "UOF",
        "SPIN",
        "ORI",
        "ECI",
        "ECF",
        "DDIN",
        "DRIN",
        "KW",
        "AA",
        "CA",
        "CM",
        "CU",
        "CY",
        "EA",
        "EM",
        "ID",
        "JC",
        "LI",
        "MN",
        "MR",
        "NI",
        "RO",
        "SH",
        "UI",
        "YR",
    ];

    private static readonly bool[] s_repeatable =
    [
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        true,
        false,
        false,
        false,
        false,
        true,
        true,
        false,
        true,
        true,
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        true,
        true,
        true,
        false,
        false,
        true,
        false,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        false,
        true,
        false,
        false,
        false,
        true,
        false,
        false,
        false,
        false,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
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
        var pooled = new bool[s_names.Length];
        foreach (var tag in tags)
        {
            pooled[(int)tag] = true;
        }

        return pooled;
    }

    /// <summary>The number of known tags, <see cref="MedlineTag.Unknown"/> not counted.</summary>
    public static int Count => s_names.Length - 1;

    /// <summary>All known tags, in the order of the format reference.</summary>
    public static IEnumerable<MedlineTag> All
    {
        get
        {
            for (var i = 1; i < s_names.Length; i++)
            {
                yield return (MedlineTag)i;
            }
        }
    }

    /// <summary>The tag as written in MEDLINE text (<c>"PMID"</c>, <c>"AU"</c>); empty for <see cref="MedlineTag.Unknown"/>.</summary>
    /// <param name="tag">A known tag.</param>
    public static string GetName(MedlineTag tag) => s_names[(int)tag];

    /// <summary>Whether the tag may occur more than once in a record (<c>AU</c>, <c>MH</c>) or at most once (<c>TI</c>, <c>DP</c>).</summary>
    /// <param name="tag">A known tag.</param>
    public static bool IsRepeatable(MedlineTag tag) => s_repeatable[(int)tag];

    internal static bool IsPooled(MedlineTag tag) => s_pooled[(int)tag];

    // Open-addressing table from a tag padded to four chars with spaces, read as one ulong ("AU  " → 4 UTF-16 code
    // units), to the tag: the tokenizer's look-up, one multiply and usually one compare instead of a string switch.
    private const int PaddedTableBits = 9;
    private static readonly ulong[] s_paddedKeys = new ulong[1 << PaddedTableBits];
    private static readonly byte[] s_paddedTags = BuildPaddedTable();

    private static byte[] BuildPaddedTable()
    {
        var tags = new byte[1 << PaddedTableBits];
        for (var i = 1; i < s_names.Length; i++)
        {
            var key = PaddedKey(s_names[i].PadRight(4));
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
    /// <see cref="Tokenizing.RecordTokenizer.TryParseTagLine"/> accepts it): same result as <see cref="Lookup"/> on
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
    public static MedlineTag Parse(ReadOnlySpan<char> text) => Lookup(text);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static MedlineTag Lookup(ReadOnlySpan<char> text) => text switch
    {
        "PMID" => MedlineTag.Pmid,
        "OWN" => MedlineTag.Own,
        "STAT" => MedlineTag.Stat,
        "DCOM" => MedlineTag.Dcom,
        "LR" => MedlineTag.Lr,
        "DA" => MedlineTag.Da,
        "CRDT" => MedlineTag.Crdt,
        "EDAT" => MedlineTag.Edat,
        "MHDA" => MedlineTag.Mhda,
        "PHST" => MedlineTag.Phst,
        "PST" => MedlineTag.Pst,
        "DEP" => MedlineTag.Dep,
        "PMC" => MedlineTag.Pmc,
        "PMCR" => MedlineTag.Pmcr,
        "MID" => MedlineTag.Mid,
        "OID" => MedlineTag.Oid,
        "JID" => MedlineTag.Jid,
        "AID" => MedlineTag.Aid,
        "LID" => MedlineTag.Lid,
        "IS" => MedlineTag.Is,
        "TA" => MedlineTag.Ta,
        "JT" => MedlineTag.Jt,
        "PL" => MedlineTag.Pl,
        "VI" => MedlineTag.Vi,
        "IP" => MedlineTag.Ip,
        "DP" => MedlineTag.Dp,
        "PG" => MedlineTag.Pg,
        "SO" => MedlineTag.So,
        "PUBM" => MedlineTag.Pubm,
        "TI" => MedlineTag.Ti,
        "TT" => MedlineTag.Tt,
        "AB" => MedlineTag.Ab,
        "CI" => MedlineTag.Ci,
        "OAB" => MedlineTag.Oab,
        "OABL" => MedlineTag.Oabl,
        "OCI" => MedlineTag.Oci,
        "COIS" => MedlineTag.Cois,
        "COI" => MedlineTag.Coi,
        "GN" => MedlineTag.Gn,
        "RF" => MedlineTag.Rf,
        "LA" => MedlineTag.La,
        "PT" => MedlineTag.Pt,
        "FAU" => MedlineTag.Fau,
        "AU" => MedlineTag.Au,
        "AUID" => MedlineTag.Auid,
        "AD" => MedlineTag.Ad,
        "CN" => MedlineTag.Cn,
        "IR" => MedlineTag.Ir,
        "FIR" => MedlineTag.Fir,
        "IRAD" => MedlineTag.Irad,
        "ED" => MedlineTag.Ed,
        "FED" => MedlineTag.Fed,
        "PS" => MedlineTag.Ps,
        "FPS" => MedlineTag.Fps,
        "MH" => MedlineTag.Mh,
        "OTO" => MedlineTag.Oto,
        "OT" => MedlineTag.Ot,
        "RN" => MedlineTag.Rn,
        "NM" => MedlineTag.Nm,
        "SB" => MedlineTag.Sb,
        "SI" => MedlineTag.Si,
        "GS" => MedlineTag.Gs,
        "GR" => MedlineTag.Gr,
        "SFM" => MedlineTag.Sfm,
        "BTI" => MedlineTag.Bti,
        "CTI" => MedlineTag.Cti,
        "VTI" => MedlineTag.Vti,
        "CP" => MedlineTag.Cp,
        "EN" => MedlineTag.En,
        "ISBN" => MedlineTag.Isbn,
        "PB" => MedlineTag.Pb,
        "CTDT" => MedlineTag.Ctdt,
        "DRDT" => MedlineTag.Drdt,
        "CDAT" => MedlineTag.Cdat,
        "CON" => MedlineTag.Con,
        "CIN" => MedlineTag.Cin,
        "EIN" => MedlineTag.Ein,
        "EFR" => MedlineTag.Efr,
        "CRI" => MedlineTag.Cri,
        "CRF" => MedlineTag.Crf,
        "RIN" => MedlineTag.Rin,
        "ROF" => MedlineTag.Rof,
        "RRI" => MedlineTag.Rri,
        "RRF" => MedlineTag.Rrf,
        "PRIN" => MedlineTag.Prin,
        "PROF" => MedlineTag.Prof,
        "RPI" => MedlineTag.Rpi,
        "RPF" => MedlineTag.Rpf,
        "UIN" => MedlineTag.Uin,
        "UOF" => MedlineTag.Uof,
        "SPIN" => MedlineTag.Spin,
        "ORI" => MedlineTag.Ori,
        "ECI" => MedlineTag.Eci,
        "ECF" => MedlineTag.Ecf,
        "DDIN" => MedlineTag.Ddin,
        "DRIN" => MedlineTag.Drin,
        "KW" => MedlineTag.Kw,
        "AA" => MedlineTag.Aa,
        "CA" => MedlineTag.Ca,
        "CM" => MedlineTag.Cm,
        "CU" => MedlineTag.Cu,
        "CY" => MedlineTag.Cy,
        "EA" => MedlineTag.Ea,
        "EM" => MedlineTag.Em,
        "ID" => MedlineTag.Id,
        "JC" => MedlineTag.Jc,
        "LI" => MedlineTag.Li,
        "MN" => MedlineTag.Mn,
        "MR" => MedlineTag.Mr,
        "NI" => MedlineTag.Ni,
        "RO" => MedlineTag.Ro,
        "SH" => MedlineTag.Sh,
        "UI" => MedlineTag.Ui,
        "YR" => MedlineTag.Yr,
        _ => MedlineTag.Unknown,
    };
}
