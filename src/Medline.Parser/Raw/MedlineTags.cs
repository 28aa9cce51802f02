using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Medline.Parser.Model;

namespace Medline.Parser;

/// <summary>
/// The known-tag registry: names, lookup from text, and how often a tag may occur in a record. Internally one row per tag
/// (<see cref="TagInfo"/>) that the tokenizer, the mapper, the writer, the JSON names and docs/mapping.md all read.
/// </summary>
public static class MedlineTags
{
    // One row per known tag, in MedlineTag order (index 0 is Unknown); a test checks that row i describes tag i.
    // Adding a tag: its enum member, its row here and, when it fills a new place, its model property.
    private static readonly TagInfo[] s_tags =
    [
        new(MedlineTag.Unknown, "", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Pmid, "PMID", false, 0, ValueShape.Digits, ValueKind.Pmid, TagTarget.Pmid),
        new(MedlineTag.Own, "OWN", false, 1, ValueShape.Token, ValueKind.Code, TagTarget.Owner),
        new(MedlineTag.Stat, "STAT", false, 2, ValueShape.Token, ValueKind.Code, TagTarget.Status),
        new(MedlineTag.Dcom, "DCOM", false, 3, ValueShape.CompactDate, ValueKind.CompactDate, TagTarget.DateCompleted),
        new(MedlineTag.Lr, "LR", false, 4, ValueShape.CompactDate, ValueKind.CompactDate, TagTarget.DateRevised),
        new(MedlineTag.Da, "DA", false, 3, ValueShape.CompactDate, ValueKind.CompactDate, TagTarget.DateCreated),
        new(MedlineTag.Crdt, "CRDT", false, 38, ValueShape.Timestamp, ValueKind.Timestamp, TagTarget.CreateDate),
        new(MedlineTag.Edat, "EDAT", false, 35, ValueShape.Timestamp, ValueKind.Timestamp, TagTarget.EntrezDate),
        new(MedlineTag.Mhda, "MHDA", false, 36, ValueShape.Timestamp, ValueKind.Timestamp, TagTarget.MeshDate),
        new(MedlineTag.Phst, "PHST", true, 39, ValueShape.History, ValueKind.HistoryDate, TagTarget.History),
        new(MedlineTag.Pst, "PST", false, 41, ValueShape.Token, ValueKind.Code, TagTarget.PublicationStatus),
        new(MedlineTag.Dep, "DEP", false, 20, ValueShape.CompactDate, ValueKind.CompactDate, TagTarget.ElectronicPublicationDate),
        new(MedlineTag.Pmc, "PMC", false, 29, ValueShape.PmcId, ValueKind.PmcId, TagTarget.PmcId),
        new(MedlineTag.Pmcr, "PMCR", false, 37, ValueShape.Timestamp, ValueKind.Timestamp, TagTarget.PmcReleaseDate),
        new(MedlineTag.Mid, "MID", true, 30, ValueShape.Token, ValueKind.Text, TagTarget.ManuscriptIds),
        new(MedlineTag.Oid, "OID", true, 31, ValueShape.Line, ValueKind.OtherId, TagTarget.OtherIds),
        new(MedlineTag.Jid, "JID", false, 24, ValueShape.Token, ValueKind.NlmId, TagTarget.Journal_NlmId),
        new(MedlineTag.Aid, "AID", true, 40, ValueShape.Location, ValueKind.ArticleId, TagTarget.ArticleIds),
        new(MedlineTag.Lid, "LID", true, 11, ValueShape.Location, ValueKind.ArticleId, TagTarget.LocationIds),
        new(MedlineTag.Is, "IS", true, 5, ValueShape.Issn, ValueKind.Issn, TagTarget.Journal_Issns),
        new(MedlineTag.Ta, "TA", false, 22, ValueShape.Long, ValueKind.Text, TagTarget.Journal_Abbreviation),
        new(MedlineTag.Jt, "JT", false, 23, ValueShape.Long, ValueKind.Text, TagTarget.Journal_Title),
        new(MedlineTag.Pl, "PL", false, 21, ValueShape.Line, ValueKind.Text, TagTarget.Journal_Country),
        new(MedlineTag.Vi, "VI", false, 6, ValueShape.Short, ValueKind.Text, TagTarget.Journal_Volume),
        new(MedlineTag.Ip, "IP", false, 7, ValueShape.Short, ValueKind.Text, TagTarget.Journal_Issue),
        new(MedlineTag.Dp, "DP", false, 8, ValueShape.Year, ValueKind.PublicationDate, TagTarget.PublicationDate),
        new(MedlineTag.Pg, "PG", false, 10, ValueShape.Line, ValueKind.Pagination, TagTarget.Pagination),
        new(MedlineTag.So, "SO", false, 42, ValueShape.Long, ValueKind.Text, TagTarget.Source),
        new(MedlineTag.Pubm, "PUBM", false, 5, ValueShape.Token, ValueKind.Code, TagTarget.PublishingModel),
        new(MedlineTag.Ti, "TI", false, 9, ValueShape.Free, ValueKind.Text, TagTarget.Title),
        new(MedlineTag.Tt, "TT", false, 19, ValueShape.Free, ValueKind.Text, TagTarget.VernacularTitle),
        new(MedlineTag.Ab, "AB", false, 12, ValueShape.Free, ValueKind.Text, TagTarget.Abstract_Text),
        new(MedlineTag.Ci, "CI", false, 13, ValueShape.Free, ValueKind.Text, TagTarget.Abstract_Copyright),
        new(MedlineTag.Oab, "OAB", true, 12, ValueShape.Free, ValueKind.OtherAbstract, TagTarget.OtherAbstracts),
        new(MedlineTag.Oabl, "OABL", true, 12, ValueShape.Language, ValueKind.Language, TagTarget.OtherAbstracts_Language),
        new(MedlineTag.Oci, "OCI", true, 13, ValueShape.Free, ValueKind.Text, TagTarget.OtherCopyrights),
        new(MedlineTag.Cois, "COIS", false, 33, ValueShape.Free, ValueKind.Text, TagTarget.ConflictOfInterest),
        new(MedlineTag.Coi, "COI", false, 33, ValueShape.Free, ValueKind.Text, TagTarget.ConflictOfInterest),
        new(MedlineTag.Gn, "GN", true, 19, ValueShape.Free, ValueKind.Text, TagTarget.GeneralNotes),
        new(MedlineTag.Rf, "RF", false, 28, ValueShape.Digits, ValueKind.Count, TagTarget.NumberOfReferences),
        new(MedlineTag.La, "LA", true, 15, ValueShape.Language, ValueKind.Language, TagTarget.Languages),
        new(MedlineTag.Pt, "PT", true, 18, ValueShape.Line, ValueKind.Text, TagTarget.PublicationTypes),
        new(MedlineTag.Fau, "FAU", true, 14, ValueShape.FullName, ValueKind.FullName, TagTarget.Authors_FullName),
        new(MedlineTag.Au, "AU", true, 14, ValueShape.ShortName, ValueKind.ShortName, TagTarget.Authors_ShortName),
        new(MedlineTag.Auid, "AUID", true, 14, ValueShape.AuthorId, ValueKind.AuthorId, TagTarget.Authors_Identifiers),
        new(MedlineTag.Ad, "AD", true, 14, ValueShape.Free, ValueKind.Text, TagTarget.Authors_Affiliations),
        new(MedlineTag.Cn, "CN", true, 14, ValueShape.Long, ValueKind.Text, TagTarget.CorporateAuthors_Name),
        new(MedlineTag.Ir, "IR", true, 34, ValueShape.ShortName, ValueKind.ShortName, TagTarget.Investigators_ShortName),
        new(MedlineTag.Fir, "FIR", true, 34, ValueShape.FullName, ValueKind.FullName, TagTarget.Investigators_FullName),
        new(MedlineTag.Irad, "IRAD", true, 34, ValueShape.Free, ValueKind.Text, TagTarget.Investigators_Affiliations),
        new(MedlineTag.Ed, "ED", true, 14, ValueShape.ShortName, ValueKind.ShortName, TagTarget.Editors_ShortName),
        new(MedlineTag.Fed, "FED", true, 14, ValueShape.FullName, ValueKind.FullName, TagTarget.Editors_FullName),
        new(MedlineTag.Ps, "PS", true, 14, ValueShape.ShortName, ValueKind.ShortName, TagTarget.PersonalNameSubjects_ShortName),
        new(MedlineTag.Fps, "FPS", true, 14, ValueShape.FullName, ValueKind.FullName, TagTarget.PersonalNameSubjects_FullName),
        new(MedlineTag.Mh, "MH", true, 28, ValueShape.Long, ValueKind.MeshHeading, TagTarget.MeshHeadings),
        new(MedlineTag.Oto, "OTO", true, 32, ValueShape.Token, ValueKind.Code, TagTarget.Keywords_Owner),
        new(MedlineTag.Ot, "OT", true, 32, ValueShape.Long, ValueKind.Keyword, TagTarget.Keywords),
        new(MedlineTag.Rn, "RN", true, 25, ValueShape.Long, ValueKind.Chemical, TagTarget.Chemicals),
        new(MedlineTag.Nm, "NM", true, 19, ValueShape.Long, ValueKind.Text, TagTarget.SupplementaryConcepts),
        new(MedlineTag.Sb, "SB", true, 26, ValueShape.Token, ValueKind.Code, TagTarget.Subsets),
        new(MedlineTag.Si, "SI", true, 16, ValueShape.Line, ValueKind.SecondarySourceId, TagTarget.SecondarySourceIds),
        new(MedlineTag.Gs, "GS", true, 19, ValueShape.Line, ValueKind.Text, TagTarget.GeneSymbols),
        new(MedlineTag.Gr, "GR", true, 17, ValueShape.Long, ValueKind.Grant, TagTarget.Grants),
        new(MedlineTag.Sfm, "SFM", true, 32, ValueShape.Line, ValueKind.Text, TagTarget.SpaceFlightMissions),
        new(MedlineTag.Bti, "BTI", false, 9, ValueShape.Long, ValueKind.Text, TagTarget.Book_Title),
        new(MedlineTag.Cti, "CTI", true, 45, ValueShape.Long, ValueKind.Text, TagTarget.Book_CollectionTitles),
        new(MedlineTag.Vti, "VTI", false, 45, ValueShape.Long, ValueKind.Text, TagTarget.Book_VolumeTitle),
        new(MedlineTag.Cp, "CP", false, 45, ValueShape.Line, ValueKind.Text, TagTarget.Book_Chapter),
        new(MedlineTag.En, "EN", false, 45, ValueShape.Line, ValueKind.Text, TagTarget.Book_Edition),
        new(MedlineTag.Isbn, "ISBN", true, 5, ValueShape.Issn, ValueKind.Isbn, TagTarget.Book_Isbns),
        new(MedlineTag.Pb, "PB", false, 45, ValueShape.Long, ValueKind.Text, TagTarget.Book_Publisher),
        new(MedlineTag.Ctdt, "CTDT", false, 45, ValueShape.CompactDate, ValueKind.CompactDate, TagTarget.Book_ContributionDate),
        new(MedlineTag.Drdt, "DRDT", false, 45, ValueShape.CompactDate, ValueKind.CompactDate, TagTarget.Book_DateRevised),
        new(MedlineTag.Cdat, "CDAT", false, 38, ValueShape.Timestamp, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Con, "CON", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.CommentOn),
        new(MedlineTag.Cin, "CIN", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.CommentIn),
        new(MedlineTag.Ein, "EIN", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.ErratumIn),
        new(MedlineTag.Efr, "EFR", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.ErratumFor),
        new(MedlineTag.Cri, "CRI", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.CorrectedAndRepublishedIn),
        new(MedlineTag.Crf, "CRF", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.CorrectedAndRepublishedFrom),
        new(MedlineTag.Rin, "RIN", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.RetractionIn),
        new(MedlineTag.Rof, "ROF", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.RetractionOf),
        new(MedlineTag.Rri, "RRI", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.RetractedAndRepublishedIn),
        new(MedlineTag.Rrf, "RRF", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.RetractedAndRepublishedFrom),
        new(MedlineTag.Prin, "PRIN", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.PartialRetractionIn),
        new(MedlineTag.Prof, "PROF", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.PartialRetractionOf),
        new(MedlineTag.Rpi, "RPI", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.RepublishedIn),
        new(MedlineTag.Rpf, "RPF", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.RepublishedFrom),
        new(MedlineTag.Uin, "UIN", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.UpdateIn),
        new(MedlineTag.Uof, "UOF", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.UpdateOf),
        new(MedlineTag.Spin, "SPIN", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.SummaryForPatientsIn),
        new(MedlineTag.Ori, "ORI", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.OriginalReportIn),
        new(MedlineTag.Eci, "ECI", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.ExpressionOfConcernIn),
        new(MedlineTag.Ecf, "ECF", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.ExpressionOfConcernFor),
        new(MedlineTag.Ddin, "DDIN", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.DatasetDescribedIn),
        new(MedlineTag.Drin, "DRIN", true, 27, ValueShape.Long, ValueKind.CommentCorrection, TagTarget.CommentsCorrections, CommentCorrectionType.DatasetUseReportedIn),
        new(MedlineTag.Kw, "KW", true, 32, ValueShape.Long, ValueKind.Keyword, TagTarget.Keywords),
        new(MedlineTag.Issn, "ISSN", true, 5, ValueShape.Issn, ValueKind.Issn, TagTarget.Journal_Issns),
        new(MedlineTag.Aa, "AA", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Ca, "CA", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Cm, "CM", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Cu, "CU", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Cy, "CY", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Ea, "EA", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Em, "EM", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Id, "ID", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Jc, "JC", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Li, "LI", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Mn, "MN", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Mr, "MR", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Ni, "NI", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Ro, "RO", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Sh, "SH", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Ui, "UI", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
        new(MedlineTag.Yr, "YR", true, 255, ValueShape.None, ValueKind.Raw, TagTarget.OtherFields),
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

    /// <summary>The tag's row: everything known about it.</summary>
    internal static ref readonly TagInfo GetInfo(MedlineTag tag) => ref s_tags[(int)tag];

    /// <summary>The model property the tag fills (<see cref="TagTarget.OtherFields"/> for tags kept as read).</summary>
    internal static TagTarget GetTarget(MedlineTag tag) => s_tags[(int)tag].MapsTo;

    /// <summary>The link type a comment/correction tag stands for (<c>EIN</c> → ErratumIn); null for other tags.</summary>
    internal static CommentCorrectionType? GetLinkType(MedlineTag tag) => s_tags[(int)tag].LinkType;

    /// <summary>The comment/correction tag of a link type (ErratumIn → <c>EIN</c>), read from the same rows.</summary>
    internal static MedlineTag GetLinkTag(CommentCorrectionType type) => s_linkTags[(int)type];

    private static readonly MedlineTag[] s_linkTags = BuildLinkTags();

    private static MedlineTag[] BuildLinkTags()
    {
        var tags = new MedlineTag[Enum.GetValues<CommentCorrectionType>().Length];
        foreach (var row in s_tags)
        {
            if (row.LinkType is { } type)
            {
                tags[(int)type] = row.Tag;
            }
        }

        return tags;
    }

    /// <summary>The model property's path from the citation (<c>Journal.Issns</c>): the target's name, <c>_</c> read as <c>.</c>.</summary>
    internal static string GetPropertyPath(TagTarget target) => s_paths[(int)target];

    /// <summary>
    /// The JSON path of the property a target names (<c>journal.issns</c>), by the camel-case rule of the JSON options
    /// (<see cref="Serialization.MedlineJsonContext"/>); the citation JSON writer takes its property names from here.
    /// </summary>
    internal static string GetJsonPath(TagTarget target) => s_jsonPaths[(int)target];

    /// <summary>The JSON name of the property itself, the last segment of <see cref="GetJsonPath"/> (<c>issns</c>).</summary>
    internal static string GetJsonName(TagTarget target)
    {
        var path = s_jsonPaths[(int)target];
        return path[(path.LastIndexOf('.') + 1)..];
    }

    private static readonly string[] s_paths = BuildPaths(out s_jsonPaths);
    private static readonly string[] s_jsonPaths;

    private static string[] BuildPaths(out string[] jsonPaths)
    {
        var count = Enum.GetValues<TagTarget>().Length;
        var paths = new string[count];
        jsonPaths = new string[count];
        for (var i = 0; i < count; i++)
        {
            var segments = Enum.GetName((TagTarget)i)!.Split('_');
            paths[i] = string.Join('.', segments);
            for (var j = 0; j < segments.Length; j++)
            {
                segments[j] = JsonNamingPolicy.CamelCase.ConvertName(segments[j]);
            }

            jsonPaths[i] = string.Join('.', segments);
        }

        return paths;
    }

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
