namespace Medline.Parser.Model;

/// <summary>
/// A compact processing date, <c>YYYYMMDD</c> (DCOM, LR, DA, DEP, CTDT, DRDT) or, in PMC exports, <c>YYYYMM</c>.
/// </summary>
public sealed record CompactDate
{
    /// <summary>The value as PubMed writes it (<c>20200824</c>); the grammar admits no other spelling, so it is the parts formatted.</summary>
    public string Raw => Grammar.FieldGrammar.Format(this);

    /// <summary>The date; for a <c>YYYYMM</c> value, the first day of that month.</summary>
    public DateOnly Date { get; init; }

    /// <summary><see cref="DatePrecision.Day"/>, or <see cref="DatePrecision.Month"/> for a <c>YYYYMM</c> value.</summary>
    public DatePrecision Precision { get; init; }
}
