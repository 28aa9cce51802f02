using Medline.Parser.Grammar;
using Medline.Parser.Model;

namespace Medline.Parser.Writing;

/// <summary>
/// Lays a <see cref="MedlineCitation"/> out in PubMed's canonical layout: the known tags in the order of the tag
/// table's Order column (format §1.5; ties in registry order), each model property under its tag, values written
/// from their parts (<c>Raw</c>), people grouped as the reader groups them (format §3), and the fields the model kept
/// aside (<see cref="MedlineCitation.OtherFields"/>) where reading them again puts them back.
/// </summary>
internal static class CitationLayout
{
    // The known tags that have a place in the order, in that order. Legacy tags (order 255) have none: their fields,
    // like unknown tags', go after everything else.
    private static readonly MedlineTag[] s_order = BuildOrder();

    private static MedlineTag[] BuildOrder()
    {
        var tags = new List<MedlineTag>();
        foreach (var tag in MedlineTags.All)
        {
            if (MedlineTags.GetOrder(tag) != 255)
            {
                tags.Add(tag);
            }
        }

        // Stable: tags of one block keep the registry's order (FAU before AU, AB before OAB).
        return [.. tags.OrderBy(MedlineTags.GetOrder)];
    }

    // The tag that writes each model property: the first in the order among the tags that fill it (IS before ERIC's
    // ISSN, COIS before COI, OT before KW, CON for every link). A tag added to the table for a property that exists is
    // written with no change here.
    private static readonly MedlineTag[] s_writerOf = BuildWriters();

    private static MedlineTag[] BuildWriters()
    {
        var writers = new MedlineTag[Enum.GetValues<TagTarget>().Length];
        foreach (var tag in s_order)
        {
            var target = MedlineTags.GetTarget(tag);
            if (writers[(int)target] == MedlineTag.Unknown)
            {
                writers[(int)target] = tag;
            }
        }

        return writers;
    }

    // Where each known tag's fields go in the sequence Write follows: four slots per tag in the order, the tag's own
    // fields in the third; the first two hold the leftovers written before a block (AttachesToPrevious).
    private static readonly int[] s_slots = BuildSlots();

    private static int[] BuildSlots()
    {
        var slots = new int[MedlineTags.Count + 1];
        Array.Fill(slots, int.MaxValue);
        for (var i = 0; i < s_order.Length; i++)
        {
            slots[(int)s_order[i]] = (4 * i) + 2;
        }

        slots[(int)MedlineTag.Auid] = 4 * Array.IndexOf(s_order, MedlineTag.Fau);
        slots[(int)MedlineTag.Ad] = (4 * Array.IndexOf(s_order, MedlineTag.Fau)) + 1;
        slots[(int)MedlineTag.Irad] = 4 * Array.IndexOf(s_order, MedlineTag.Ir);
        slots[(int)MedlineTag.Oabl] = 4 * Array.IndexOf(s_order, MedlineTag.Oab);
        return slots;
    }

    /// <summary>Writes the citation's fields; returns how many of its fields MEDLINE text cannot hold (see <see cref="WriteLine"/>).</summary>
    public static int Write(TextBuffer buffer, MedlineCitation citation)
    {
        var others = citation.OtherFields;

        // The fields kept aside go in their tag's place when that keeps their order, so that reading the text again
        // gives them back in the same order; else all of them go after everything else, in their order.
        var inPlace = others.Count > 0 && InOrder(others);
        foreach (var tag in s_order)
        {
            if (inPlace)
            {
                WriteLeftoversBefore(buffer, others, tag);
            }

            var target = MedlineTags.GetTarget(tag);
            if (s_writerOf[(int)target] == tag)
            {
                WriteTarget(buffer, citation, target, MedlineTags.GetName(tag));
            }
            if (inPlace && !AttachesToPrevious(tag))
            {
                WriteLeftovers(buffer, others, tag);
            }
        }

        var unwritable = 0;
        foreach (var other in others)
        {
            if (other.Tag.Length == 0)
            {
                unwritable += WriteLine(buffer, other.Value) ? 0 : 1;
            }
            else if (!inPlace || Slot(other) == int.MaxValue)
            {
                buffer.AppendField(other.Tag, other.Value);
            }
        }

        return unwritable;
    }

    private static int Slot(OtherField field) => s_slots[(int)MedlineTags.Parse(field.Tag)];

    private static bool InOrder(IReadOnlyList<OtherField> others)
    {
        var last = -1;
        foreach (var other in others)
        {
            var slot = other.Tag.Length == 0 ? int.MaxValue : Slot(other);
            if (slot < last)
            {
                return false;
            }

            last = slot;
        }

        return true;
    }

    /// <summary>
    /// A field with no tag (a malformed line as read, or continuation lines with no tag line before them) goes back as
    /// the line of text it was, which reads back as the same malformed line: nothing is lost, and the reader reports
    /// it again. Text that would read as a tag line, or as a continuation, cannot go back so; it is left out.
    /// </summary>
    internal static bool WriteLine(TextBuffer buffer, string text)
    {
        if (text.Length == 0 || text[0] is ' ' or '\t' || text.AsSpan().ContainsAny('\r', '\n') ||
            Tokenizing.RecordTokenizer.TryParseTagLine(text, out _, out _, out _))
        {
            return false;
        }

        buffer.Append(text);
        buffer.AppendNewLine();
        return true;
    }

    // An AUID, AD, IRAD or OABL joins the person or other abstract before it. One the reader kept aside had none, so it
    // goes before its block, where reading it again keeps it aside again.
    private static bool AttachesToPrevious(MedlineTag tag) =>
        tag is MedlineTag.Auid or MedlineTag.Ad or MedlineTag.Irad or MedlineTag.Oabl;

    private static void WriteLeftoversBefore(TextBuffer buffer, IReadOnlyList<OtherField> others, MedlineTag tag)
    {
        switch (tag)
        {
            case MedlineTag.Fau:
                WriteLeftovers(buffer, others, MedlineTag.Auid);
                WriteLeftovers(buffer, others, MedlineTag.Ad);
                break;
            case MedlineTag.Ir:
                WriteLeftovers(buffer, others, MedlineTag.Irad);
                break;
            case MedlineTag.Oab:
                WriteLeftovers(buffer, others, MedlineTag.Oabl);
                break;
        }
    }

    private static void WriteLeftovers(TextBuffer buffer, IReadOnlyList<OtherField> others, MedlineTag tag)
    {
        var name = MedlineTags.GetName(tag);
        foreach (var other in others)
        {
            if (string.Equals(other.Tag, name, StringComparison.Ordinal))
            {
                buffer.AppendField(name, other.Value);
            }
        }
    }

    /// <summary>Writes one model property under <paramref name="name"/>, the tag that writes it (<see cref="s_writerOf"/>).</summary>
    private static void WriteTarget(TextBuffer buffer, MedlineCitation c, TagTarget target, string name)
    {
        switch (target)
        {
            case TagTarget.Pmid: Text(buffer, name, c.Pmid); break;
            case TagTarget.PmcId: Text(buffer, name, c.PmcId); break;
            case TagTarget.ArticleIds: Identifiers(buffer, name, c.ArticleIds); break;
            case TagTarget.LocationIds: Identifiers(buffer, name, c.LocationIds); break;
            case TagTarget.ManuscriptIds: Texts(buffer, name, c.ManuscriptIds); break;
            case TagTarget.OtherIds:
                foreach (var item in c.OtherIds)
                {
                    Text(buffer, name, item.Raw);
                }

                break;
            case TagTarget.Owner: Text(buffer, name, c.Owner); break;
            case TagTarget.Status: Text(buffer, name, c.Status); break;
            case TagTarget.PublicationStatus: Text(buffer, name, c.PublicationStatus); break;
            case TagTarget.PublishingModel: Text(buffer, name, c.PublishingModel); break;
            case TagTarget.PublicationDate: Text(buffer, name, c.PublicationDate?.Raw); break;
            case TagTarget.DateCompleted: Text(buffer, name, c.DateCompleted?.Raw); break;
            case TagTarget.DateRevised: Text(buffer, name, c.DateRevised?.Raw); break;
            case TagTarget.DateCreated: Text(buffer, name, c.DateCreated?.Raw); break;
            case TagTarget.ElectronicPublicationDate: Text(buffer, name, c.ElectronicPublicationDate?.Raw); break;
            case TagTarget.EntrezDate: Text(buffer, name, c.EntrezDate?.Raw); break;
            case TagTarget.MeshDate: Text(buffer, name, c.MeshDate?.Raw); break;
            case TagTarget.CreateDate: Text(buffer, name, c.CreateDate?.Raw); break;
            case TagTarget.PmcReleaseDate: Text(buffer, name, c.PmcReleaseDate?.Raw); break;
            case TagTarget.History:
                foreach (var item in c.History)
                {
                    Text(buffer, name, item.Raw);
                }

                break;
            case TagTarget.Journal_Title: Text(buffer, name, c.Journal?.Title); break;
            case TagTarget.Journal_Abbreviation: Text(buffer, name, c.Journal?.Abbreviation); break;
            case TagTarget.Journal_NlmId: Text(buffer, name, c.Journal?.NlmId); break;
            case TagTarget.Journal_Issns:
                if (c.Journal is { } journal)
                {
                    foreach (var issn in journal.Issns)
                    {
                        Text(buffer, name, issn.Raw);
                    }
                }

                break;
            case TagTarget.Journal_Volume: Text(buffer, name, c.Journal?.Volume); break;
            case TagTarget.Journal_Issue: Text(buffer, name, c.Journal?.Issue); break;
            case TagTarget.Journal_Country: Text(buffer, name, c.Journal?.Country ?? c.Book?.Place); break; // PL: a book's city too
            case TagTarget.Pagination: Text(buffer, name, c.Pagination?.Raw); break;
            case TagTarget.Source: Text(buffer, name, c.Source); break;
            case TagTarget.Title: Text(buffer, name, c.Title); break;
            case TagTarget.VernacularTitle: Text(buffer, name, c.VernacularTitle); break;
            case TagTarget.Abstract_Text: Text(buffer, name, c.Abstract?.Text); break;
            case TagTarget.Abstract_Copyright: Text(buffer, name, c.Abstract?.Copyright); break;
            case TagTarget.OtherAbstracts:
                foreach (var item in c.OtherAbstracts)
                {
                    buffer.AppendField(name, item.Raw);
                    Text(buffer, MedlineTags.GetName(s_writerOf[(int)TagTarget.OtherAbstracts_Language]), item.Language);
                }

                break;
            case TagTarget.OtherCopyrights: Texts(buffer, name, c.OtherCopyrights); break;
            case TagTarget.ConflictOfInterest: Text(buffer, name, c.ConflictOfInterest); break;
            case TagTarget.GeneralNotes: Texts(buffer, name, c.GeneralNotes); break;
            case TagTarget.NumberOfReferences: Text(buffer, name, c.NumberOfReferences); break;
            case TagTarget.Languages: Texts(buffer, name, c.Languages); break;
            case TagTarget.PublicationTypes: Texts(buffer, name, c.PublicationTypes); break;
            case TagTarget.Authors_FullName: PeopleLayout.WriteAuthorBlock(buffer, c); break; // with CN, editors, subjects
            case TagTarget.Investigators_ShortName: PeopleLayout.WritePeople(buffer, c.Investigators, "FIR", "IR", "IRAD"); break;
            case TagTarget.MeshHeadings:
                foreach (var item in c.MeshHeadings)
                {
                    Text(buffer, name, item.Raw);
                }

                break;
            case TagTarget.Keywords_Owner: Keywords(buffer, name, MedlineTags.GetName(s_writerOf[(int)TagTarget.Keywords]), c.Keywords); break;
            case TagTarget.Chemicals:
                foreach (var item in c.Chemicals)
                {
                    Text(buffer, name, item.Raw);
                }

                break;
            case TagTarget.SupplementaryConcepts: Texts(buffer, name, c.SupplementaryConcepts); break;
            case TagTarget.Subsets: Texts(buffer, name, c.Subsets); break;
            case TagTarget.SecondarySourceIds:
                foreach (var item in c.SecondarySourceIds)
                {
                    Text(buffer, name, item.Raw);
                }

                break;
            case TagTarget.GeneSymbols: Texts(buffer, name, c.GeneSymbols); break;
            case TagTarget.Grants:
                foreach (var item in c.Grants)
                {
                    Text(buffer, name, item.Raw);
                }

                break;
            case TagTarget.SpaceFlightMissions: Texts(buffer, name, c.SpaceFlightMissions); break;
            case TagTarget.CommentsCorrections:
                // All links in their list's order, each under its own tag (the table's link type): one block (format §1.5).
                foreach (var link in c.CommentsCorrections)
                {
                    Text(buffer, MedlineTags.GetName(MedlineTags.GetLinkTag(link.Type)), link.Raw);
                }

                break;
            case TagTarget.Book_Title: Text(buffer, name, c.Book?.Title); break;
            case TagTarget.Book_CollectionTitles:
                if (c.Book is { } collections)
                {
                    Texts(buffer, name, collections.CollectionTitles);
                }

                break;
            case TagTarget.Book_VolumeTitle: Text(buffer, name, c.Book?.VolumeTitle); break;
            case TagTarget.Book_Chapter: Text(buffer, name, c.Book?.Chapter); break;
            case TagTarget.Book_Edition: Text(buffer, name, c.Book?.Edition); break;
            case TagTarget.Book_Isbns:
                if (c.Book is { } isbns)
                {
                    Texts(buffer, name, isbns.Isbns);
                }

                break;
            case TagTarget.Book_Publisher: Text(buffer, name, c.Book?.Publisher); break;
            case TagTarget.Book_ContributionDate: Text(buffer, name, c.Book?.ContributionDate?.Raw); break;
            case TagTarget.Book_DateRevised: Text(buffer, name, c.Book?.DateRevised?.Raw); break;
            default:
                // Written with their block above (AU, AUID, AD, CN, FIR, IRAD, FED/ED, FPS/PS, OABL, OT/KW) or kept
                // only in OtherFields (legacy tags, CDAT).
                break;
        }
    }

    /// <summary>A single value; absent or empty writes nothing (an empty value reads back as no value).</summary>
    internal static void Text(TextBuffer buffer, string tag, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            buffer.AppendField(tag, value);
        }
    }

    internal static void Texts(TextBuffer buffer, string tag, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            Text(buffer, tag, value);
        }
    }

    private static void Identifiers(TextBuffer buffer, string tag, IReadOnlyList<ArticleIdentifier> ids)
    {
        foreach (var id in ids)
        {
            Text(buffer, tag, id.Raw);
        }
    }

    /// <summary>Keywords in their order, an OTO line before each run of one owner (an OT belongs to the OTO before it).</summary>
    private static void Keywords(TextBuffer buffer, string ownerTag, string keywordTag, IReadOnlyList<Keyword> keywords)
    {
        string? owner = null;
        foreach (var keyword in keywords)
        {
            if (keyword.Owner is { Length: > 0 } next && !string.Equals(next, owner, StringComparison.Ordinal))
            {
                buffer.AppendField(ownerTag, next);
                owner = next;
            }

            if (keyword.MajorTopic)
            {
                buffer.AppendField(keywordTag, string.Concat("*", keyword.Text));
            }
            else
            {
                Text(buffer, keywordTag, keyword.Text);
            }
        }
    }
}
