using System.Globalization;

namespace Medline.Parser.Model;

/// <summary>How much of a <see cref="PublicationDate"/> is known, and whether it is a range.</summary>
public enum DatePrecision
{
    /// <summary>Only a year (<c>2009</c>).</summary>
    Year,

    /// <summary>A year and a month (<c>2020 Jul</c>).</summary>
    Month,

    /// <summary>A full date (<c>2020 Jul 31</c>).</summary>
    Day,

    /// <summary>A year and a season (<c>2019 Winter</c>).</summary>
    Season,

    /// <summary>A range of years, months, days or seasons (<c>2020 Jul-Aug</c>, <c>1995-1997</c>); see the <c>End*</c> properties.</summary>
    Range,

    /// <summary>Free text that only yields a year (<c>1962 Christmas</c>, <c>1978 1st Quart</c>, <c>2023 Jan–</c>).</summary>
    FreeText,
}

/// <summary>
/// The date of publication (DP), in any of its shapes. <see cref="Year"/>, <see cref="Month"/> and
/// <see cref="Day"/> describe the start of a range; <see cref="Raw"/> always keeps the value as written.
/// </summary>
public sealed record PublicationDate
{
    /// <summary>
    /// The value as written (<c>2020 Jul 31-Aug 2</c>). When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The (first) year, or <see langword="null"/> when the value has none.</summary>
    public int? Year { get; init; }

    /// <summary>The month (1–12) of the start, when given.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the start, when given.</summary>
    public int? Day { get; init; }

    /// <summary>The season of the start as written (<c>Winter</c>, <c>Fall</c>, <c>Autumn</c>), when given.</summary>
    public string? Season { get; init; }

    /// <summary>The year the range ends in; for a range within one year it equals <see cref="Year"/>.</summary>
    public int? EndYear { get; init; }

    /// <summary>The month (1–12) the range ends in, when the end has one.</summary>
    public int? EndMonth { get; init; }

    /// <summary>The day the range ends on, when the end has one.</summary>
    public int? EndDay { get; init; }

    /// <summary>The season the range ends in, as written, when the end is a season.</summary>
    public string? EndSeason { get; init; }

    /// <summary>What the value gives: a year, month, day, season, a range, or free text.</summary>
    public DatePrecision Precision { get; init; }

    /// <summary>
    /// <see langword="false"/> when a day is given that the month does not have (<c>1999 Apr 31</c>), at the start
    /// or the end of a range; otherwise <see langword="true"/>.
    /// </summary>
    public bool IsValidCalendarDate =>
        (Day is not { } day || Grammar.FieldGrammar.IsValidDay(Year ?? 0, Month ?? 0, day)) &&
        (EndDay is not { } endDay || Grammar.FieldGrammar.IsValidDay(EndYear ?? Year ?? 0, EndMonth ?? 0, endDay));

    /// <summary>
    /// The start as ISO 8601 text: <c>2020</c>, <c>2020-07</c> or <c>2020-07-31</c> (seasons and free text give
    /// the year only); <see langword="null"/> when there is no year.
    /// </summary>
    public string? IsoDate =>
        Year is not { } year ? null
        : Month is not { } month || Season is not null ? year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is not { } day ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(PublicationDate? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Year == other.Year &&
             Month == other.Month &&
             Day == other.Day &&
             Season == other.Season &&
             EndYear == other.EndYear &&
             EndMonth == other.EndMonth &&
             EndDay == other.EndDay &&
             EndSeason == other.EndSeason &&
             Precision == other.Precision));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(Raw, Year, Month, Day, Season, EndYear, EndMonth), EndDay, EndSeason, Precision);
}
