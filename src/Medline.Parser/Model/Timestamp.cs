namespace Medline.Parser.Model;

/// <summary>
/// An NLM timestamp, <c>YYYY/MM/DD HH:MM</c> or <c>YYYY/MM/DD</c> (EDAT, MHDA, CRDT, PMCR, CDAT and PHST dates).
/// NLM local time (US Eastern); no zone is given, so none is assumed.
/// </summary>
public sealed record Timestamp
{
    /// <summary>The value as PubMed writes it (<c>2020/08/07 06:00</c>); the grammar admits no other spelling, so it is the parts formatted.</summary>
    public string Raw => Grammar.FieldGrammar.Format(this);

    /// <summary>The calendar date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The time of day, when given.</summary>
    public TimeOnly? Time { get; init; }
}
