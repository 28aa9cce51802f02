namespace Medline.Parser.Model;

/// <summary>One publication history line (PHST): <c>2020/08/07 06:00 [entrez]</c>, <c>2017/10/17 [received]</c>.</summary>
public sealed record HistoryDate
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The status in the brackets as written (<c>entrez</c>, <c>received</c>, <c>pmc-release</c>).</summary>
    public required string Status { get; init; }

    /// <summary>The date, or <see langword="null"/> when it is not a valid timestamp (<c>2015 [ecollection]</c>).</summary>
    public Timestamp? Date { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(HistoryDate? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Status == other.Status &&
             Equals(Date, other.Date)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Status, Date);
}
