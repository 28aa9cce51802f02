using System.Diagnostics.CodeAnalysis;
namespace Medline.Parser.Model;

/// <summary>Book and chapter data (Bookshelf records).</summary>
public sealed record Book
{
    /// <summary>The book title (BTI).</summary>
    public string? Title { get; init; }

    /// <summary>The collection (series) titles (CTI).</summary>
    [AllowNull]
    public IReadOnlyList<string> CollectionTitles { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The volume title (VTI).</summary>
    public string? VolumeTitle { get; init; }

    /// <summary>The chapter (CP).</summary>
    public string? Chapter { get; init; }

    /// <summary>The edition (EN).</summary>
    public string? Edition { get; init; }

    /// <summary>The ISBNs (ISBN).</summary>
    [AllowNull]
    public IReadOnlyList<string> Isbns { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The publisher (PB).</summary>
    public string? Publisher { get; init; }

    /// <summary>The place of publication (PL) of a book: a city with its state or country, <c>Bethesda (MD)</c>.</summary>
    public string? Place { get; init; }

    /// <summary>The contribution date (CTDT).</summary>
    public CompactDate? ContributionDate { get; init; }

    /// <summary>The date the book was revised (DRDT).</summary>
    public CompactDate? DateRevised { get; init; }
}
