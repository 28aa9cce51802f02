using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Medline.Parser.Building;
using Medline.Parser.Model;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Building;

/// <summary>
/// Generators of realistic values of every kind and of whole citations made with the builder. They sit in one file so
/// that they can move into a Medline.Parser.Testing package. Values are made from their parts (no Raw), as code makes them.
/// </summary>
internal static class CitationGenerators
{
    private static Gen<string> Word(string alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)).Select(cs => new string(cs));

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    private static Gen<int?> MaybeInt(Gen<int> gen) => Gen.OneOf(Gen.Constant<int?>(null), gen.Select(v => (int?)v));

    /// <summary>Words of text with inner punctuation, trimmed and on one line.</summary>
    public static readonly Gen<string> Phrase =
        Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Word("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789-,.'()", 1, 9), n))
            .Select(words => string.Join(' ', words))
            .Where(s => s.Length > 0 && s.Trim() == s);

    private static readonly Gen<string> Digits = Gen.Choose(1, 99_999_999).Select(n => n.ToString(CultureInfo.InvariantCulture));

    private static readonly Gen<int> Year = Gen.Choose(1900, 2030);
    private static readonly Gen<int> Month = Gen.Choose(1, 12);
    private static readonly Gen<string> Season = Gen.Elements("Winter", "Spring", "Summer", "Fall", "Autumn");

    private static Gen<int> DayOf(int year, int month) => Gen.Choose(1, DateTime.DaysInMonth(year, month));

    /// <summary>DP of every precision: year, month, day, season, ranges of years, months, days and seasons (across years too).</summary>
    public static readonly Gen<PublicationDate> PublicationDate = Gen.OneOf(
        Year.Select(y => new PublicationDate { Year = y, Precision = DatePrecision.Year }),
        Gen.Zip(Year, Month).Select(t => new PublicationDate { Year = t.Item1, Month = t.Item2, Precision = DatePrecision.Month }),
        from y in Year
        from m in Month
        from d in DayOf(y, m)
        select new PublicationDate { Year = y, Month = m, Day = d, Precision = DatePrecision.Day },
        Gen.Zip(Year, Season).Select(t => new PublicationDate { Year = t.Item1, Season = t.Item2, Precision = DatePrecision.Season }),
        // 1995-1997
        from y in Year
        from span in Gen.Choose(1, 5)
        select new PublicationDate { Year = y, EndYear = y + span, Precision = DatePrecision.Range },
        // 2020 Jul-Aug, 2019 Dec-2020 Jan
        from y in Year
        from m in Month
        from span in Gen.Choose(1, 6)
        let end = new DateOnly(y, m, 1).AddMonths(span)
        select new PublicationDate { Year = y, Month = m, EndYear = end.Year, EndMonth = end.Month, Precision = DatePrecision.Range },
        // 2020 Jul 31-Aug 2, 2020 Jul 3-9, 2019 Dec 30-2020 Jan 2
        from y in Year
        from m in Month
        from d in DayOf(y, m)
        from span in Gen.Choose(1, 20)
        let end = new DateOnly(y, m, d).AddDays(span)
        select new PublicationDate { Year = y, Month = m, Day = d, EndYear = end.Year, EndMonth = end.Month, EndDay = end.Day, Precision = DatePrecision.Range },
        // 2019 Winter-Spring, 2019 Winter-2020 Spring
        from y in Year
        from s in Season
        from e in Season
        from next in Gen.Elements(0, 1)
        select new PublicationDate { Year = y, Season = s, EndYear = y + next, EndSeason = e, Precision = DatePrecision.Range });

    private static readonly Gen<DateOnly> Date =
        from y in Gen.Choose(1950, 2030)
        from m in Month
        from d in DayOf(y, m)
        select new DateOnly(y, m, d);

    private static readonly Gen<TimeOnly> Minute = Gen.Zip(Gen.Choose(0, 23), Gen.Choose(0, 59)).Select(t => new TimeOnly(t.Item1, t.Item2));

    /// <summary>EDAT/MHDA/CRDT/PMCR values, with and without a time.</summary>
    public static readonly Gen<Timestamp> Timestamp = Gen.OneOf(
        Date.Select(d => new Timestamp { Date = d }),
        Gen.Zip(Date, Minute).Select(t => new Timestamp { Date = t.Item1, Time = t.Item2 }));

    /// <summary>DCOM/LR values, to the day or (PMC exports) the month.</summary>
    public static readonly Gen<CompactDate> CompactDate = Gen.OneOf(
        Date.Select(d => new CompactDate { Date = d, Precision = DatePrecision.Day }),
        Date.Select(d => new CompactDate { Date = new DateOnly(d.Year, d.Month, 1), Precision = DatePrecision.Month }));

    /// <summary>PHST values.</summary>
    public static readonly Gen<HistoryDate> HistoryDate =
        from stamp in Timestamp
        from status in Gen.Elements("received", "revised", "accepted", "entrez", "pubmed", "medline", "pmc-release", "aheadofprint")
        select new HistoryDate { Status = status, Date = stamp };

    private static readonly Gen<string> MeshName =
        Gen.OneOf(
            Gen.Elements("Humans", "Pneumonia, Viral", "Coronavirus Infections", "drug therapy", "virology", "Anti-Bacterial Agents", "Cord Blood Stem Cell Transplantation", "Vitamin B 12", "Mesenchymal Stem Cell Transplantation"),
            Word("abcdefghij ,-()&'", 1, 14).Where(s => s.Length > 0 && s.Trim() == s));

    /// <summary>MH values with major flags and zero to four qualifiers.</summary>
    public static readonly Gen<MeshHeading> MeshHeading =
        from descriptor in MeshName
        from major in Gen.Elements(true, false)
        from n in Gen.Choose(0, 4)
        from qualifiers in Gen.ListOf(Gen.Zip(MeshName, Gen.Elements(true, false)), n)
        select new MeshHeading { Descriptor = descriptor, MajorTopic = major, Qualifiers = [.. qualifiers.Select(q => new MeshQualifier(q.Item1, q.Item2))] };

    private static readonly Gen<string> GrantText = Word("abcdefgh XYZ0123-", 1, 10).Where(s => s.Trim() == s && s.Length > 0);

    /// <summary>GR values with and without number, acronym and country (not the GR grammar's ambiguous shapes).</summary>
    public static readonly Gen<Grant> Grant =
        from id in Gen.OneOf(Gen.Constant<string?>(null), GrantText.Select(s => (string?)s), Gen.Elements<string?>("PD/2008/1", "R01 CA183444", "MC_U105185859"))
        from acronym in Gen.Elements<string?>(null, "CA", "LM", "MRC_")
        from agency in Gen.OneOf(Gen.Elements("NCI NIH HHS", "Wellcome Trust", "Medical Research Council"), GrantText)
            .Where(a => !IsGrantAcronym(a) && !Medline.Parser.Grammar.Countries.IsCountry(a))
        from country in Gen.Elements<string?>(null, "United States", "United Kingdom", "Ireland", "International")
        // Without an acronym, an acronym-shaped number reads as the acronym: ambiguous by the GR grammar.
        where acronym is not null || id is null || !IsGrantAcronym(id)
        select new Grant { GrantId = id, Acronym = acronym, Agency = agency, Country = country };

    /// <summary>AID/LID values: DOIs, PIIs, bare electronic locations.</summary>
    public static readonly Gen<ArticleIdentifier> ArticleIdentifier = Gen.OneOf(
        Gen.Zip(Gen.Choose(1000, 9999), Word("abcdefgABC0123456789.-/()", 3, 20).Where(s => s.Trim() == s && s.Length > 0))
            .Select(t => new ArticleIdentifier { Value = $"10.{t.Item1}/{t.Item2}", Type = "doi" }),
        Word("ABCDEFS0123456789-()", 4, 22).Select(v => new ArticleIdentifier { Value = v, Type = "pii" }),
        Digits.Select(v => new ArticleIdentifier { Value = "NBK" + v, Type = "bookaccession" }),
        Digits.Select(v => new ArticleIdentifier { Value = "e" + v }));

    /// <summary>IS values of every medium, with right and wrong check characters.</summary>
    public static readonly Gen<Issn> Issn =
        from a in Gen.Choose(0, 9999)
        from b in Gen.Choose(0, 999)
        from check in Gen.Elements("0123456789X".ToCharArray())
        from type in Gen.Elements(IssnType.Print, IssnType.Electronic, IssnType.Linking)
        select new Issn { Value = string.Create(CultureInfo.InvariantCulture, $"{a:D4}-{b:D3}{check}"), Type = type };

    private static readonly Gen<string> Orcid =
        Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), 15)
            .SelectMany(d => Gen.Elements("0123456789X".ToCharArray()).Select(x => new string(d) + x))
            .Select(d => $"{d[..4]}-{d[4..8]}-{d[8..12]}-{d[12..]}");

    /// <summary>AUID values: ORCIDs (valid or not) and other sources.</summary>
    public static readonly Gen<AuthorIdentifier> AuthorIdentifier = Gen.OneOf(
        Orcid.Select(o => new AuthorIdentifier { Source = "ORCID", Value = o }),
        Digits.Select(v => new AuthorIdentifier { Source = "ISNI", Value = "0000" + v }));

    /// <summary>RN values: number and name, a bare name, an EC number.</summary>
    public static readonly Gen<Chemical> Chemical = Gen.OneOf(
        Gen.Zip(Word("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10, 10), Gen.Elements("Thymalfasin", "Anti-Bacterial Agents", "PLAT protein, human", "Vitamin B 12"))
            .Select(t => new Chemical { RegistryNumber = t.Item1, Name = t.Item2 }),
        Gen.Elements("Anti-Bacterial Agents", "Antiviral Agents").Select(n => new Chemical { RegistryNumber = "0", Name = n }),
        Gen.Zip(Gen.Choose(1, 6), Gen.Choose(1, 99)).Select(t => new Chemical { RegistryNumber = $"EC {t.Item1}.4.21.{t.Item2}", Name = "Tissue Plasminogen Activator" }));

    /// <summary>Comment/correction values of every type, with and without a PMID.</summary>
    public static readonly Gen<CommentCorrection> CommentCorrection =
        from type in Gen.Elements(Enum.GetValues<CommentCorrectionType>())
        from source in Gen.Elements("Stroke. 2014 May;45(5):e86.", "N Engl J Med. 2020 Jun 18;382(25):2411-2418.", "Lancet. 1999;353:1-2.")
        from pmid in Maybe(Digits)
        select new CommentCorrection { Type = type, RefSource = source, Pmid = pmid };

    /// <summary>SI values: databank and accession (which may itself hold a <c>/</c>).</summary>
    public static readonly Gen<SecondarySourceId> SecondarySourceId =
        from bank in Gen.Elements("ClinicalTrials.gov", "GENBANK", "GEO", "ISRCTN", "Dryad")
        from accession in Gen.OneOf(Digits.Select(d => "NCT" + d), Word("ABC0123456789./", 3, 18).Where(s => s.Length > 0 && s.Trim() == s))
        select new SecondarySourceId { Databank = bank, AccessionNumber = accession };

    /// <summary>OID values with and without a source.</summary>
    public static readonly Gen<OtherId> OtherId = Gen.OneOf(
        Digits.Select(d => new OtherId { Source = "NLM", Value = "PMC" + d }),
        Digits.Select(d => new OtherId { Value = "ED" + d }));

    /// <summary>OAB values (the OABL language is a separate field, so none here).</summary>
    public static readonly Gen<OtherAbstract> OtherAbstract =
        from type in Gen.Elements("Publisher", "AAMC", "plain-language-summary")
        from text in Phrase
        select new OtherAbstract { Type = type, Text = text };

    /// <summary>PG values: one page, or first and last written in full.</summary>
    public static readonly Gen<Pagination> Pagination = Gen.OneOf(
        Gen.Choose(1, 99999).Select(p => new Pagination { FirstPage = "e" + p, LastPage = "e" + p }),
        Gen.Zip(Gen.Choose(1, 9000), Gen.Choose(1, 40)).Select(t => new Pagination
        {
            FirstPage = t.Item1.ToString(CultureInfo.InvariantCulture),
            LastPage = (t.Item1 + t.Item2).ToString(CultureInfo.InvariantCulture),
        }));

    /// <summary>Person names with particles, compound family names, hyphenated given names and suffixes.</summary>
    public static readonly Gen<(string Last, string? Fore, string? Suffix)> Name =
        from last in Gen.Elements("Liang", "van Raaij", "Wong Kee Song", "Santos-Fortuna", "O'Brien", "de la Cruz", "Hu", "Müller")
        from fore in Maybe(Gen.Elements("Bing", "Jean-Pierre", "M J", "Louis M", "Ana Maria", "Min"))
        from suffix in Gen.Elements<string?>(null, null, "Jr", "3rd", "II")
        // "Cruz, Jr" reads as given name Jr: a suffix needs given names (the builder refuses one without).
        select (last, fore, fore is null ? null : suffix);

    private static readonly Gen<((string Last, string? Fore, string? Suffix) Name, IReadOnlyList<string> Affiliations, string? Orcid)> AuthorParts =
        from name in Name
        from affiliations in Gen.ListOf(Phrase, 2)
        from orcid in Maybe(Orcid)
        select (name, (IReadOnlyList<string>)affiliations, orcid);

    /// <summary>Whole citations made with the builder, with a bit of every field.</summary>
    public static readonly Gen<MedlineCitation> Citation =
        from pmid in Digits
        from title in Phrase
        from date in PublicationDate
        from authors in Gen.ListOf(AuthorParts, 3)
        from corporate in Maybe(Gen.Elements("STRATIS Investigators", "COVID-19 Study Group"))
        from mesh in Gen.ListOf(MeshHeading, 3)
        from grants in Gen.ListOf(Grant, 2)
        from ids in Gen.ListOf(ArticleIdentifier, 2)
        from links in Gen.ListOf(CommentCorrection, 2)
        from chemicals in Gen.ListOf(Chemical, 2)
        from history in Gen.ListOf(HistoryDate, 2)
        from stamp in Timestamp
        from completed in Date
        from issn in Issn
        from pages in Pagination
        from abstractText in Maybe(Phrase)
        select Build(pmid, title, date, authors, corporate, mesh, grants, ids, links, chemicals, history, stamp, completed, issn, pages, abstractText);

    private static MedlineCitation Build(
        string pmid, string title, PublicationDate date, List<((string Last, string? Fore, string? Suffix) Name, IReadOnlyList<string> Affiliations, string? Orcid)> authors,
        string? corporate, List<MeshHeading> mesh, List<Grant> grants, List<ArticleIdentifier> ids,
        List<CommentCorrection> links, List<Chemical> chemicals, List<HistoryDate> history,
        Timestamp stamp, DateOnly completed, Issn issn, Pagination pages, string? abstractText)
    {
        var builder = MedlineCitation.Build(pmid).Title(title).Published(date).Owner("NLM").Status("MEDLINE").Language("eng")
            .PublicationType("Journal Article").DateCompleted(completed)
            .Journal("Medicine", "Medicine (Baltimore)", "2985248R", "99", "31", "United States").Issn(issn.Value, issn.Type)
            .Pages(pages.FirstPage, pages.LastPage)
            .EntrezDate(stamp.Date.ToDateTime(stamp.Time ?? default));
        for (var i = 0; i < authors.Count; i++)
        {
            var (name, affiliations, orcid) = authors[i];
            builder.Author(name.Last, name.Fore, a =>
            {
                if (name.Suffix is not null)
                {
                    a.Suffix(name.Suffix);
                }

                foreach (var affiliation in affiliations)
                {
                    a.Affiliation(affiliation);
                }

                if (orcid is not null)
                {
                    a.Orcid(orcid);
                }
            });
            if (i == 0 && corporate is not null)
            {
                builder.CorporateAuthor(corporate);
            }
        }

        foreach (var heading in mesh)
        {
            builder.Mesh(heading.Descriptor, heading.MajorTopic, q =>
            {
                foreach (var qualifier in heading.Qualifiers)
                {
                    q.Qualifier(qualifier.Name, qualifier.MajorTopic);
                }
            });
        }

        foreach (var grant in grants)
        {
            builder.Grant(grant.GrantId, grant.Acronym, grant.Agency, grant.Country);
        }

        foreach (var id in ids)
        {
            builder.ArticleId(id.Value, id.Type);
        }

        foreach (var link in links)
        {
            builder.Link(link.Type, link.RefSource, link.Pmid);
        }

        foreach (var chemical in chemicals)
        {
            builder.Chemical(chemical.RegistryNumber, chemical.Name);
        }

        foreach (var entry in history)
        {
            var when = entry.Date!;
            if (when.Time is { } time)
            {
                builder.History(entry.Status, when.Date.ToDateTime(time));
            }
            else
            {
                builder.History(entry.Status, when.Date);
            }
        }

        if (abstractText is not null)
        {
            builder.Abstract(abstractText);
        }

        return builder.Build();
    }
}
