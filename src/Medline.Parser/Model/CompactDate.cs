namespace Medline.Parser.Model;

/// <summary>
/// A compact processing date, <c>YYYYMMDD</c> (DCOM, LR, DA, DEP, CTDT, DRDT) or, in PMC exports, <c>YYYYMM</c>.
/// </summary>
public sealed record CompactDate
{
    /// <summary>The value as written (<c>20200824</c>).</summary>
    public required string Raw { get; init; }

    /// <summary>The date; for a <c>YYYYMM</c> value, the first day of that month.</summary>
    public DateOnly Date { get; init; }

    /// <summary><see cref="DatePrecision.Day"/>, or <see cref="DatePrecision.Month"/> for a <c>YYYYMM</c> value.</summary>
    public DatePrecision Precision { get; init; }
}
