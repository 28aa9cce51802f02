namespace Medline.Parser.Model;

/// <summary>
/// Pagination (PG) as printed, with the first range's pages. NLM truncates end pages (<c>1439-41</c>);
/// <see cref="LastPage"/> is expanded digit-wise when both ends are numeric (<c>1441</c>).
/// </summary>
public sealed record Pagination
{
    /// <summary>
    /// The value as written (<c>111-5; quiz 116</c>). When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The first page of the first range (<c>111</c>, <c>e21429</c>, <c>S1</c>, <c>iii</c>).</summary>
    public required string FirstPage { get; init; }

    /// <summary>The last page of the first range, expanded (<c>115</c>); equals <see cref="FirstPage"/> for a single page.</summary>
    public required string LastPage { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(Pagination? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             FirstPage == other.FirstPage &&
             LastPage == other.LastPage));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, FirstPage, LastPage);
}
