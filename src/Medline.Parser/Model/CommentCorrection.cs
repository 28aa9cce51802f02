namespace Medline.Parser.Model;

/// <summary>How a <see cref="CommentCorrection"/> links this citation to another; one member per tag.</summary>
public enum CommentCorrectionType
{
    /// <summary><c>CON</c>: this item comments on the cited one.</summary>
    CommentOn,

    /// <summary><c>CIN</c>: the cited item comments on this one.</summary>
    CommentIn,

    /// <summary><c>EIN</c>: an erratum for this article was published.</summary>
    ErratumIn,

    /// <summary><c>EFR</c>: this item is an erratum for the cited article.</summary>
    ErratumFor,

    /// <summary><c>CRI</c>: this article was republished corrected.</summary>
    CorrectedAndRepublishedIn,

    /// <summary><c>CRF</c>: this is the corrected republication of the cited article.</summary>
    CorrectedAndRepublishedFrom,

    /// <summary><c>RIN</c>: a retraction notice exists for this article.</summary>
    RetractionIn,

    /// <summary><c>ROF</c>: this item retracts the cited article.</summary>
    RetractionOf,

    /// <summary><c>RRI</c>: this retracted article was republished.</summary>
    RetractedAndRepublishedIn,

    /// <summary><c>RRF</c>: this republication replaces the retracted cited article.</summary>
    RetractedAndRepublishedFrom,

    /// <summary><c>PRIN</c>: a partial retraction exists for this article (before 2016).</summary>
    PartialRetractionIn,

    /// <summary><c>PROF</c>: this item partially retracts the cited article (before 2016).</summary>
    PartialRetractionOf,

    /// <summary><c>RPI</c>: this article also appears in another source.</summary>
    RepublishedIn,

    /// <summary><c>RPF</c>: this article is reprinted from another source.</summary>
    RepublishedFrom,

    /// <summary><c>UIN</c>: an updated version of this article exists.</summary>
    UpdateIn,

    /// <summary><c>UOF</c>: this article updates the cited one.</summary>
    UpdateOf,

    /// <summary><c>SPIN</c>: a summary for patients exists.</summary>
    SummaryForPatientsIn,

    /// <summary><c>ORI</c>: (on a patient summary) the original article.</summary>
    OriginalReportIn,

    /// <summary><c>ECI</c>: an expression of concern exists for this article.</summary>
    ExpressionOfConcernIn,

    /// <summary><c>ECF</c>: this item is an expression of concern about the cited article.</summary>
    ExpressionOfConcernFor,

    /// <summary><c>DDIN</c>: the dataset is described in the cited article.</summary>
    DatasetDescribedIn,

    /// <summary><c>DRIN</c>: use of the dataset is reported in the cited article.</summary>
    DatasetUseReportedIn,
}

/// <summary>A link to another item (CIN, CON, EIN, EFR, RIN, ROF, ...): <c>Stroke. 2014 May;45(5):e86. PMID: 24627111</c>.</summary>
public sealed record CommentCorrection
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The kind of link, from the tag.</summary>
    public CommentCorrectionType Type { get; init; }

    /// <summary>The cited item's source text without the <c>PMID: n</c> part (<c>Stroke. 2014 May;45(5):e86.</c>).</summary>
    public required string RefSource { get; init; }

    /// <summary>The cited item's PMID, or <see langword="null"/> when the value gives none.</summary>
    public string? Pmid { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(CommentCorrection? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Type == other.Type &&
             RefSource == other.RefSource &&
             Pmid == other.Pmid));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Type, RefSource, Pmid);
}
