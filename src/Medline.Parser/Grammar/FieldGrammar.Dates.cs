using System.Globalization;
using Medline.Parser.Model;
using Sprache;

namespace Medline.Parser.Grammar;

internal static partial class FieldGrammar
{
    /// <summary>One end of a DP value: an optional year, then a month (and day) or a season, or a bare day.</summary>
    internal readonly record struct DatePoint(int? Year, int? Month, int? Day, string? Season);

    // ---------------------------------------------------------------- DP (format §4.1), bottom-up
    internal static readonly Parser<int> DpYear = Prim.Digits4.Select(ToInt).Named("year");

    internal static readonly Parser<int> DpDay =
        Prim.Digits.Where(d => d.Length <= 2 && ToInt(d) is >= 1 and <= 31).Select(ToInt).Named("day");

    internal static readonly Parser<int> DpMonth =
        Prim.Word.Select(MonthNumber).Where(m => m > 0)
            .Or(Prim.Digits.Where(d => d.Length <= 2 && ToInt(d) is >= 1 and <= 12).Select(ToInt))
            .Named("month");

    internal static readonly Parser<string> DpSeason = Prim.Word.Where(IsSeason).Named("season");

    internal static readonly Parser<DatePoint> DpMonthDay =
        from m in DpMonth
        from d in Prim.Spaces.Then(_ => DpDay).Optional()
        select new DatePoint(null, m, d.IsDefined ? d.Get() : null, null);

    internal static readonly Parser<DatePoint> DpPoint =
        DpMonthDay.Or(DpSeason.Select(s => new DatePoint(null, null, null, s)));

    internal static readonly Parser<DatePoint> DpEndPoint =
        (from y in DpYear
         from sp in Prim.Spaces
         from p in DpPoint
         select p with { Year = y })
        .Or(DpPoint)
        .Or(DpDay.Select(d => new DatePoint(null, null, d, null)));

    internal static readonly Parser<char> DpRangeSeparator =
        from a in Prim.Space.Many()
        from c in Parse.Chars('-', '/')
        from b in Prim.Space.Many()
        select c;

    internal static readonly Parser<(int Year, int? Year2, DatePoint? Start, DatePoint? End)> DpGrammar =
        (from y in DpYear
         from y2 in Parse.Char('-').Then(_ => DpYear).XOptional()
         from p1 in Prim.Spaces.Then(_ => DpPoint).XOptional()
         from p2 in DpRangeSeparator.Then(_ => DpEndPoint).XOptional()
         select (y, y2.IsDefined ? y2.Get() : (int?)null,
                 p1.IsDefined ? p1.Get() : (DatePoint?)null,
                 p2.IsDefined ? p2.Get() : (DatePoint?)null))
        .End();

    /// <summary>Parses a DP value (every shape of format §4.1; free text keeps its year).</summary>
    internal static ParseOutcome<PublicationDate> ParsePublicationDate(string value) =>
        ParsePublicationDate(value, GrammarPath.Auto);

    internal static ParseOutcome<PublicationDate> ParsePublicationDate(string value, GrammarPath path)
    {
        if (path == GrammarPath.Auto && TryFastPublicationDate(value, out var fast))
        {
            return fast;
        }

        var result = DpGrammar.TryParse(value);
        if (result.WasSuccessful)
        {
            var (y, y2, start, end) = result.Value;
            return BuildPublicationDate(value, y, y2, start, end);
        }

        // An open range (StatPearls: 2023 Jan–) is its start date and a range with no end.
        if (value.Length > 5 && value[^1] is '-' or '–' && DpGrammar.TryParse(value[..^1]) is { WasSuccessful: true } open)
        {
            var (y, y2, start, _) = open.Value;
            var begun = BuildPublicationDate(value, y, y2, start, null);
            return begun with { Value = begun.Value! with { Precision = DatePrecision.Range } };
        }

        var year = FindYear(value);
        if (year is not null)
        {
            var y = year.Value;
            return ParseOutcome<PublicationDate>.Ok(
                new PublicationDate
                {
                    Raw = value,
                    Year = y,
                    Precision = DatePrecision.FreeText,
                },
                value,
                ProblemFrom(result, DiagnosticCodes.FreeTextDate, DiagnosticSeverity.Info) with { Message = FreeTextDateMessage });
        }

        return FailFrom<PublicationDate, (int, int?, DatePoint?, DatePoint?)>(
            value, result, DiagnosticCodes.InvalidDate, DiagnosticSeverity.Warning);
    }

    /// <summary>The exact common layouts: <c>YYYY</c>, <c>YYYY Mon</c>, <c>YYYY Mon D</c>, <c>YYYY Mon DD</c>.</summary>
    private static bool TryFastPublicationDate(string value, out ParseOutcome<PublicationDate> outcome)
    {
        outcome = default;
        var s = value.AsSpan();
        if (s.Length is not (4 or 8 or 10 or 11 or 12) || !AllDigits(s[..4]))
        {
            return false;
        }

        if (s.Length == 12)
        {
            // YYYY Mon-Mon
            int from, to;
            if (s[4] != ' ' || s[8] != '-' || (from = ShortMonth(s.Slice(5, 3))) == 0 || (to = ShortMonth(s.Slice(9, 3))) == 0)
            {
                return false;
            }

            outcome = BuildPublicationDate(value, ToInt(s[..4]), null, new DatePoint(null, from, null, null), new DatePoint(null, to, null, null));
            return true;
        }

        var year = ToInt(s[..4]);
        if (s.Length == 4)
        {
            outcome = BuildPublicationDate(value, year, null, null, null);
            return true;
        }

        if (s[4] != ' ')
        {
            return false;
        }

        var month = ShortMonth(s.Slice(5, 3));
        if (month == 0)
        {
            return false;
        }

        int? day = null;
        if (s.Length > 8)
        {
            if (s[8] != ' ' || !AllDigits(s[9..]))
            {
                return false;
            }

            var d = ToInt(s[9..]);
            if (d is < 1 or > 31)
            {
                return false;
            }

            day = d;
        }

        outcome = BuildPublicationDate(value, year, null, new DatePoint(null, month, day, null), null);
        return true;
    }

    private static ParseOutcome<PublicationDate> BuildPublicationDate(string raw, int year, int? year2, DatePoint? start, DatePoint? end)
    {
        var precision = DatePrecision.Year;
        int? month = start?.Month, day = start?.Day;
        var season = start?.Season;
        int? endYear = null, endMonth = null, endDay = null;
        string? endSeason = null;

        if (start is { } s)
        {
            precision = s.Season is not null ? DatePrecision.Season : s.Day is not null ? DatePrecision.Day : DatePrecision.Month;
        }

        if (year2 is not null)
        {
            precision = DatePrecision.Range;
            endYear = year2;
        }

        if (end is { } e)
        {
            if (day is not null && e is { Year: null, Day: null, Season: null, Month: { } bare } && EndIsDigits(raw))
            {
                // After a day, a bare number is the end day (1963 Apr 6-9), not a numeric month.
                e = e with { Month = null, Day = bare };
            }

            precision = DatePrecision.Range;
            endSeason = e.Season;
            endDay = e.Day;
            endMonth = e.Month ?? (e.Season is null ? month : null);
            endYear = e.Year ?? year2 ?? (endMonth is not null && month is not null && endMonth < month ? year + 1 : year);
        }

        var valid = (day is null || IsValidDay(year, month ?? 0, day.Value))
                    && (endDay is null || IsValidDay(endYear ?? year, endMonth ?? 0, endDay.Value));

        var date = new PublicationDate
        {
            Raw = raw,
            Year = year,
            Month = month,
            Day = day,
            Season = season,
            EndYear = endYear,
            EndMonth = endMonth,
            EndDay = endDay,
            EndSeason = endSeason,
            Precision = precision,
        };
        ValueProblem? problem = valid
            ? null
            : new ValueProblem(DiagnosticCodes.InvalidCalendarDate, DiagnosticSeverity.Warning, 0, "no such calendar day");
        return ParseOutcome<PublicationDate>.Ok(date, raw, problem);
    }

    private static bool EndIsDigits(string raw)
    {
        var end = raw.AsSpan(raw.AsSpan().LastIndexOfAny('-', '/') + 1).Trim();
        return end.Length > 0 && AllDigits(end);
    }

    private const string FreeTextDateMessage =
        "expected a date after the year (YYYY Mon DD, a season, or a range such as YYYY Mon-Mon); kept as free text with its year";

    /// <summary>The first run of exactly four digits, or <see langword="null"/>.</summary>
    private static int? FindYear(string value)
    {
        var s = value.AsSpan();
        for (var i = 0; i + 4 <= s.Length; i++)
        {
            if (AllDigits(s.Slice(i, 4))
                && (i == 0 || !char.IsAsciiDigit(s[i - 1]))
                && (i + 4 == s.Length || !char.IsAsciiDigit(s[i + 4])))
            {
                return ToInt(s.Slice(i, 4));
            }
        }

        return null;
    }

    /// <summary>
    /// 1–12 for a month name, abbreviated or not (case-insensitive): English, and the Spanish, Portuguese, French,
    /// German and Italian names publishers put in DP (<c>2018 Jul-Ago</c>); else 0.
    /// </summary>
    internal static int MonthNumber(string word)
    {
        if (word.Length == 3)
        {
            var m = ShortMonth(word);
            if (m != 0)
            {
                return m;
            }
        }

        return word.ToUpperInvariant() switch
        {
            "JAN" or "JANUARY" => 1,
            "FEB" or "FEBRUARY" => 2,
            "MAR" or "MARCH" => 3,
            "APR" or "APRIL" => 4,
            "MAY" => 5,
            "JUN" or "JUNE" => 6,
            "JUL" or "JULY" => 7,
            "AUG" or "AUGUST" => 8,
            "SEP" or "SEPT" or "SEPTEMBER" => 9,
            "OCT" or "OCTOBER" => 10,
            "NOV" or "NOVEMBER" => 11,
            "DEC" or "DECEMBER" => 12,
            "ENE" or "ENERO" or "JANEIRO" or "JANV" or "JANVIER" or "JANUAR" or "GEN" or "GENNAIO" => 1,
            "FEBRERO" or "FEV" or "FEVEREIRO" or "FÉV" or "FÉVR" or "FEVR" or "FÉVRIER" or "FEVRIER" or "FEBRUAR" or "FEBBRAIO" => 2,
            "MARZO" or "MARÇO" or "MARCO" or "MARS" or "MÄR" or "MRZ" or "MÄRZ" or "MAERZ" => 3,
            "ABR" or "ABRIL" or "AVR" or "AVRIL" or "APRILE" => 4,
            "MAYO" or "MAI" or "MAIO" or "MAG" or "MAGGIO" => 5,
            "JUNIO" or "JUNHO" or "JUIN" or "JUNI" or "GIU" or "GIUGNO" => 6,
            "JULIO" or "JULHO" or "JUIL" or "JUILLET" or "JULI" or "LUG" or "LUGLIO" => 7,
            "AGO" or "AGOSTO" or "AOUT" or "AOÛT" => 8,
            "SET" or "SETEMBRO" or "SEPTIEMBRE" or "SEPTEMBRE" or "SETTEMBRE" => 9,
            "OUT" or "OUTUBRO" or "OCTUBRE" or "OCTOBRE" or "OKT" or "OKTOBER" or "OTT" or "OTTOBRE" => 10,
            "NOVIEMBRE" or "NOVEMBRO" or "NOVEMBRE" => 11,
            "DIC" or "DICIEMBRE" or "DEZ" or "DEZEMBRO" or "DÉC" or "DÉCEMBRE" or "DECEMBRE" or "DEZEMBER" or "DICEMBRE" => 12,
            _ => 0,
        };
    }

    /// <summary>1–12 for <c>Jan</c>…<c>Dec</c> exactly as NLM writes them, else 0.</summary>
    private static int ShortMonth(ReadOnlySpan<char> s) => s switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => 0,
    };

    internal static bool IsSeason(string word) =>
        word.ToUpperInvariant() is "WINTER" or "SPRING" or "SUMMER" or "FALL" or "AUTUMN";

    // ---------------------------------------------------------------- timestamps and compact dates (format §4.2)
    internal static readonly Parser<(string Y, string M, string D)> TsDate =
        from y in Prim.Digits4.Named("year")
        from s1 in Parse.Char('/')
        from m in Prim.Digits2.Named("month")
        from s2 in Parse.Char('/')
        from d in Prim.Digits2.Named("day")
        select (y, m, d);

    internal static readonly Parser<(string H, string M)> TsTime =
        from sp in Prim.Space
        from h in Prim.Digits2.Named("hour")
        from c in Parse.Char(':')
        from m in Prim.Digits2.Named("minute")
        select (h, m);

    internal static readonly Parser<((string Y, string M, string D) Date, IOption<(string H, string M)> Time)> TimestampGrammar =
        (from d in TsDate
         from t in TsTime.XOptional()
         select (d, t)).End();

    internal static readonly Parser<(string Y, string M, IOption<string> D)> CompactDateGrammar =
        (from y in Prim.Digits4.Named("year")
         from m in Prim.Digits2.Named("month")
         from d in Prim.Digits2.Named("day").XOptional()
         select (y, m, d)).End();

    /// <summary>Parses <c>YYYY/MM/DD HH:MM</c> or <c>YYYY/MM/DD</c> (EDAT, MHDA, CRDT, PMCR, CDAT).</summary>
    internal static ParseOutcome<Timestamp> ParseTimestamp(string value) => ParseTimestamp(value, GrammarPath.Auto);

    internal static ParseOutcome<Timestamp> ParseTimestamp(string value, GrammarPath path)
    {
        var s = value.AsSpan();
        if (path == GrammarPath.Auto && (s.Length == 10 || (s.Length == 16 && s[10] == ' ' && s[13] == ':'))
            && s[4] == '/' && s[7] == '/' && AllDigits(s[..4]) && AllDigits(s.Slice(5, 2)) && AllDigits(s.Slice(8, 2))
            && (s.Length == 10 || (AllDigits(s.Slice(11, 2)) && AllDigits(s.Slice(14, 2)))))
        {
            return BuildTimestamp(
                value, ToInt(s[..4]), ToInt(s.Slice(5, 2)), ToInt(s.Slice(8, 2)),
                s.Length == 16 ? ToInt(s.Slice(11, 2)) : null, s.Length == 16 ? ToInt(s.Slice(14, 2)) : null);
        }

        var result = TimestampGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<Timestamp, ((string, string, string), IOption<(string, string)>)>(
                value, result, DiagnosticCodes.InvalidTimestamp, DiagnosticSeverity.Warning);
        }

        var ((y, m, d), t) = result.Value;
        return BuildTimestamp(
            value, ToInt(y), ToInt(m), ToInt(d),
            t.IsDefined ? ToInt(t.Get().H) : null, t.IsDefined ? ToInt(t.Get().M) : null);
    }

    private static ParseOutcome<Timestamp> BuildTimestamp(string raw, int year, int month, int day, int? hour, int? minute)
    {
        if (!IsValidDay(year, month, day))
        {
            return ParseOutcome<Timestamp>.Fail(raw, DiagnosticCodes.InvalidCalendarDate, DiagnosticSeverity.Warning, 0, "no such calendar day");
        }

        if (hour is > 23 || minute is > 59)
        {
            return ParseOutcome<Timestamp>.Fail(raw, DiagnosticCodes.InvalidTimestamp, DiagnosticSeverity.Warning, 11, "expected a time of day");
        }

        return ParseOutcome<Timestamp>.Ok(
            new Timestamp
            {
                Date = new DateOnly(year, month, day),
                Time = hour is null ? null : new TimeOnly(hour.Value, minute!.Value),
            },
            raw);
    }

    /// <summary>Parses <c>YYYYMMDD</c> or <c>YYYYMM</c> (DCOM, LR, DA, DEP, CTDT, DRDT).</summary>
    internal static ParseOutcome<CompactDate> ParseCompactDate(string value) => ParseCompactDate(value, GrammarPath.Auto);

    internal static ParseOutcome<CompactDate> ParseCompactDate(string value, GrammarPath path)
    {
        var s = value.AsSpan();
        if (path == GrammarPath.Auto && s.Length is 8 or 6 && AllDigits(s))
        {
            return BuildCompactDate(value, ToInt(s[..4]), ToInt(s.Slice(4, 2)), s.Length == 8 ? ToInt(s.Slice(6, 2)) : null);
        }

        var result = CompactDateGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<CompactDate, (string, string, IOption<string>)>(
                value, result, DiagnosticCodes.InvalidTimestamp, DiagnosticSeverity.Warning);
        }

        var (y, m, d) = result.Value;
        return BuildCompactDate(value, ToInt(y), ToInt(m), d.IsDefined ? ToInt(d.Get()) : null);
    }

    private static ParseOutcome<CompactDate> BuildCompactDate(string raw, int year, int month, int? day)
    {
        if (!IsValidDay(year, month, day ?? 1))
        {
            return ParseOutcome<CompactDate>.Fail(raw, DiagnosticCodes.InvalidCalendarDate, DiagnosticSeverity.Warning, 0, "no such calendar day");
        }

        return ParseOutcome<CompactDate>.Ok(
            new CompactDate
            {
                Date = new DateOnly(year, month, day ?? 1),
                Precision = day is null ? DatePrecision.Month : DatePrecision.Day,
            },
            raw);
    }

    // ---------------------------------------------------------------- PHST
    internal static readonly Parser<(string Date, string Status)> HistoryGrammar =
        (from date in Parse.CharExcept('[').Many().Text()
         from open in Parse.Char('[')
         from status in Parse.CharExcept(new[] { '[', ']' }).AtLeastOnce().Text().Named("status")
         from close in Parse.Char(']')
         select (date, status)).End();

    /// <summary>
    /// Parses a PHST value, <c>2020/08/07 06:00 [entrez]</c> or <c>2017/10/17 [received]</c>. When the status is
    /// readable but the date is not (<c>2015 [ecollection]</c>), the result has a <see langword="null"/> date and a
    /// warning.
    /// </summary>
    internal static ParseOutcome<HistoryDate> ParseHistoryDate(string value) => ParseHistoryDate(value, GrammarPath.Auto);

    internal static ParseOutcome<HistoryDate> ParseHistoryDate(string value, GrammarPath path)
    {
        var s = value.AsSpan();
        if (path == GrammarPath.Auto && s.Length > 2 && s[^1] == ']')
        {
            // The grammar by hand: the date runs to the first '[', the status (no brackets, not empty) to the final ']'.
            var open = s.IndexOf('[');
            if (open >= 0 && open + 2 < s.Length && s[(open + 1)..^1].IndexOfAny('[', ']') < 0)
            {
                var dateLength = s[..open].TrimEnd(' ').Length;
                var ts = ParseTimestamp(value[..dateLength], GrammarPath.Auto);
                return BuildHistoryDate(value, HistoryStatus(s[(open + 1)..^1]) ?? value[(open + 1)..^1], ts);
            }
        }

        var result = HistoryGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<HistoryDate, (string, string)>(value, result, DiagnosticCodes.InvalidIdentifier, DiagnosticSeverity.Warning);
        }

        var (date, status) = result.Value;
        return BuildHistoryDate(value, status, ParseTimestamp(date.TrimEnd(' '), GrammarPath.SpracheOnly));
    }

    /// <summary>The common PHST statuses as literals, so they are not allocated per value.</summary>
    private static string? HistoryStatus(ReadOnlySpan<char> status) => status switch
    {
        "entrez" => "entrez",
        "pubmed" => "pubmed",
        "medline" => "medline",
        "received" => "received",
        "accepted" => "accepted",
        "revised" => "revised",
        "aheadofprint" => "aheadofprint",
        "pmc-release" => "pmc-release",
        "ecollection" => "ecollection",
        "epublish" => "epublish",
        "ppublish" => "ppublish",
        _ => null,
    };

    private static ParseOutcome<HistoryDate> BuildHistoryDate(string raw, string status, ParseOutcome<Timestamp> date) =>
        ParseOutcome<HistoryDate>.Ok(new HistoryDate { Raw = raw, Status = status, Date = date.Value }, raw, date.Problem);

    // ---------------------------------------------------------------- formatting: the inverse of the parsers above
    private static readonly string[] s_monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>A DCOM/LR/DA/DEP/CTDT/DRDT value: <c>20200824</c>, or <c>202008</c> for a month.</summary>
    internal static string Format(CompactDate date) =>
        date.Date.ToString(date.Precision == DatePrecision.Month ? "yyyyMM" : "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>An EDAT/MHDA/CRDT/PMCR/CDAT value: <c>2020/08/07 06:00</c>, or <c>2020/08/07</c> without a time.</summary>
    internal static string Format(Timestamp stamp) =>
        stamp.Time is { } time
            ? string.Create(CultureInfo.InvariantCulture, $"{stamp.Date:yyyy'/'MM'/'dd} {time:HH':'mm}")
            : stamp.Date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);

    /// <summary>A PHST value: <c>2020/08/07 06:00 [entrez]</c>.</summary>
    internal static string Format(HistoryDate history) =>
        history.Date is null ? $"[{history.Status}]" : $"{Format(history.Date)} [{history.Status}]";

    /// <summary>
    /// A DP value from its parts, as PubMed writes them: <c>2020</c>, <c>2020 Jul</c>, <c>2020 Jul 31</c>,
    /// <c>2019 Winter</c>, <c>2020 Jul-Aug</c>, <c>2020 Jul 31-Aug 2</c>, <c>2019 Dec-2020 Jan</c>, <c>1995-1997</c>,
    /// an open range <c>2023 Jan-</c>. Free text keeps only its year (its text is in <see cref="PublicationDate.Raw"/>).
    /// </summary>
    internal static string Format(PublicationDate date)
    {
        var text = new System.Text.StringBuilder();
        if (date.Year is { } year)
        {
            text.Append(year.ToString("D4", CultureInfo.InvariantCulture));
        }

        var hasEnd = date.EndMonth is not null || date.EndDay is not null || date.EndSeason is not null;
        if (date.Precision == DatePrecision.Range && !hasEnd && date.EndYear is { } yearsEnd && yearsEnd != date.Year)
        {
            // The year range of the grammar's first form: 1995-1997, 2019-2020 Winter.
            text.Append('-').Append(yearsEnd.ToString("D4", CultureInfo.InvariantCulture));
            AppendPoint(text, date.Month, date.Day, date.Season);
            return text.ToString();
        }

        AppendPoint(text, date.Month, date.Day, date.Season);
        if (date.Precision != DatePrecision.Range)
        {
            return text.ToString();
        }

        text.Append('-');
        if (!hasEnd)
        {
            return text.ToString(); // an open range: 2023 Jan-
        }

        var endYear = date.EndYear ?? date.Year;
        if (endYear != date.Year && endYear is { } y)
        {
            text.Append(y.ToString("D4", CultureInfo.InvariantCulture)).Append(' ');
        }

        if (date.EndSeason is not null)
        {
            text.Append(date.EndSeason);
        }
        else if (date.EndMonth is { } endMonth && (endMonth != date.Month || date.EndDay is null || endYear != date.Year))
        {
            text.Append(MonthName(endMonth));
            if (date.EndDay is { } endDay)
            {
                text.Append(' ').Append(endDay.ToString(CultureInfo.InvariantCulture));
            }
        }
        else if (date.EndDay is { } day)
        {
            text.Append(day.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static void AppendPoint(System.Text.StringBuilder text, int? month, int? day, string? season)
    {
        if (season is not null)
        {
            text.Append(' ').Append(season);
        }
        else if (month is { } m)
        {
            text.Append(' ').Append(MonthName(m));
            if (day is { } d)
            {
                text.Append(' ').Append(d.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static string MonthName(int month) => month is >= 1 and <= 12 ? s_monthNames[month - 1] : month.ToString(CultureInfo.InvariantCulture);
}
