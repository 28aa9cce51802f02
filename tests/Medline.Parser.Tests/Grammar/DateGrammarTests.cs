using Medline.Parser.Model;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Grammar;

public sealed class DateGrammarTests
{
    // raw, precision, year, month, day, season, endYear, endMonth, endDay, endSeason, iso
    [Theory]
    [InlineData("2009", DatePrecision.Year, 2009, null, null, null, null, null, null, null, "2009")]
    [InlineData("2020 Jul", DatePrecision.Month, 2020, 7, null, null, null, null, null, null, "2020-07")]
    [InlineData("2020 Jul 31", DatePrecision.Day, 2020, 7, 31, null, null, null, null, null, "2020-07-31")]
    [InlineData("1996 Jul 9", DatePrecision.Day, 1996, 7, 9, null, null, null, null, null, "1996-07-09")]
    [InlineData("2019 Winter", DatePrecision.Season, 2019, null, null, "Winter", null, null, null, null, "2019")]
    [InlineData("1994 Autumn", DatePrecision.Season, 1994, null, null, "Autumn", null, null, null, null, "1994")]
    [InlineData("2020 Jul-Aug", DatePrecision.Range, 2020, 7, null, null, 2020, 8, null, null, "2020-07")]
    [InlineData("1983 Feb 17-23", DatePrecision.Range, 1983, 2, 17, null, 1983, 2, 23, null, "1983-02-17")]
    [InlineData("2020 Jul 31-Aug 2", DatePrecision.Range, 2020, 7, 31, null, 2020, 8, 2, null, "2020-07-31")]
    [InlineData("1991 Nov 21-Dec 4", DatePrecision.Range, 1991, 11, 21, null, 1991, 12, 4, null, "1991-11-21")]
    [InlineData("1990 Spring-Summer", DatePrecision.Range, 1990, null, null, "Spring", 1990, null, null, "Summer", "1990")]
    [InlineData("1995-1997", DatePrecision.Range, 1995, null, null, null, 1997, null, null, null, "1995")]
    [InlineData("1974-1975 Winter", DatePrecision.Range, 1974, null, null, "Winter", 1975, null, null, null, "1974")]
    [InlineData("1981-1982 Winter-Spring", DatePrecision.Range, 1981, null, null, "Winter", 1982, null, null, "Spring", "1981")]
    [InlineData("1995 Dec 14-1996 Jan 11", DatePrecision.Range, 1995, 12, 14, null, 1996, 1, 11, null, "1995-12-14")]
    [InlineData("1993 Dec-1994 Jan", DatePrecision.Range, 1993, 12, null, null, 1994, 1, null, null, "1993-12")]
    [InlineData("1948 Jan-March", DatePrecision.Range, 1948, 1, null, null, 1948, 3, null, null, "1948-01")]
    [InlineData("1948 May 15-June 1", DatePrecision.Range, 1948, 5, 15, null, 1948, 6, 1, null, "1948-05-15")]
    [InlineData("1948 July-Dec", DatePrecision.Range, 1948, 7, null, null, 1948, 12, null, null, "1948-07")]
    [InlineData("2019 Jan/Mar", DatePrecision.Range, 2019, 1, null, null, 2019, 3, null, null, "2019-01")]
    [InlineData("2018 Jul - Sep", DatePrecision.Range, 2018, 7, null, null, 2018, 9, null, null, "2018-07")]
    [InlineData("2013 06 10", DatePrecision.Day, 2013, 6, 10, null, null, null, null, null, "2013-06-10")]
    [InlineData("2010   06", DatePrecision.Month, 2010, 6, null, null, null, null, null, null, "2010-06")]
    [InlineData("1998 Dec-Jan", DatePrecision.Range, 1998, 12, null, null, 1999, 1, null, null, "1998-12")]
    [InlineData("1962 Christmas", DatePrecision.FreeText, 1962, null, null, null, null, null, null, null, "1962")]
    [InlineData("1962 2rd Semest", DatePrecision.FreeText, 1962, null, null, null, null, null, null, null, "1962")]
    [InlineData("1978 1st Quart", DatePrecision.FreeText, 1978, null, null, null, null, null, null, null, "1978")]
    [InlineData("2023 Jan–", DatePrecision.Range, 2023, 1, null, null, null, null, null, null, "2023-01")]
    [InlineData("2018 Jul-Ago", DatePrecision.Range, 2018, 7, null, null, 2018, 8, null, null, "2018-07")]
    [InlineData("2001 Ene-Mar", DatePrecision.Range, 2001, 1, null, null, 2001, 3, null, null, "2001-01")]
    [InlineData("2015 Set-Dez", DatePrecision.Range, 2015, 9, null, null, 2015, 12, null, null, "2015-09")]
    [InlineData("2012 Juil-Août", DatePrecision.Range, 2012, 7, null, null, 2012, 8, null, null, "2012-07")]
    [InlineData("2020 Foo 99", DatePrecision.FreeText, 2020, null, null, null, null, null, null, null, "2020")]
    [InlineData("Article 10 2019", DatePrecision.FreeText, 2019, null, null, null, null, null, null, null, "2019")]
    public void Publication_date_shapes(
        string raw, DatePrecision precision, int year, int? month, int? day, string? season,
        int? endYear, int? endMonth, int? endDay, string? endSeason, string iso)
    {
        var outcome = ParsePublicationDate(raw);

        // Free text keeps its year and is told (MED2018), whether NLM's own (1978 1st Quart) or wrong (2020 Foo 99).
        (outcome.Problem?.Code).Should().Be(precision == DatePrecision.FreeText ? DiagnosticCodes.FreeTextDate : null);
        outcome.Value.Should().Be(new PublicationDate
        {
            Raw = raw,
            Precision = precision,
            Year = year,
            Month = month,
            Day = day,
            Season = season,
            EndYear = endYear,
            EndMonth = endMonth,
            EndDay = endDay,
            EndSeason = endSeason,
        });
        outcome.Value!.IsValidCalendarDate.Should().BeTrue();
        outcome.Value.IsoDate.Should().Be(iso);
    }

    [Theory]
    [InlineData("2018 Jul-Ago", 8)]
    [InlineData("2018 Oct-Dic", 12)]
    [InlineData("2018 Mar-Abr", 4)]
    [InlineData("2018 Mai-Juni", 6)]
    public void A_DP_range_whose_second_month_is_not_English_keeps_its_months(string raw, int endMonth)
    {
        foreach (var path in new[] { GrammarPath.Auto, GrammarPath.SpracheOnly })
        {
            var outcome = ParsePublicationDate(raw, path);
            outcome.Problem.Should().BeNull();
            outcome.Value!.Precision.Should().Be(DatePrecision.Range);
            outcome.Value.EndMonth.Should().Be(endMonth);
        }
    }

    [Fact]
    public void A_DP_of_free_text_after_its_year_is_reported_at_the_text()
    {
        ParsePublicationDate("2020 Foo 99").Problem.Should().Be(new Medline.Parser.Grammar.ValueProblem(
            DiagnosticCodes.FreeTextDate, DiagnosticSeverity.Info, 5,
            "expected a date after the year (YYYY Mon DD, a season, or a range such as YYYY Mon-Mon); kept as free text with its year"));
    }

    [Fact]
    public void Invalid_calendar_date_is_kept_and_flagged()
    {
        var outcome = ParsePublicationDate("1999 Apr 31");

        outcome.Value.Should().BeEquivalentTo(new { Year = 1999, Month = 4, Day = 31, IsValidCalendarDate = false, IsoDate = "1999-04-31" });
        outcome.Problem.Should().Be(new Medline.Parser.Grammar.ValueProblem(DiagnosticCodes.InvalidCalendarDate, DiagnosticSeverity.Warning, 0, "no such calendar day"));
    }

    [Theory]
    [InlineData("", 0, "expected year")]
    [InlineData("Spring", 0, "expected year")]
    [InlineData("20x0 Jul", 0, "expected year")]
    public void Dates_without_a_year_fail_with_offset(string raw, int offset, string message)
    {
        var outcome = ParsePublicationDate(raw);

        outcome.Value.Should().BeNull();
        outcome.Raw.Should().Be(raw);
        outcome.Problem.Should().Be(new Medline.Parser.Grammar.ValueProblem(DiagnosticCodes.InvalidDate, DiagnosticSeverity.Warning, offset, message));
    }

    [Theory]
    [InlineData("2020/08/07 06:00", 2020, 8, 7, "06:00")]
    [InlineData("1996/07/09", 1996, 7, 9, null)]
    [InlineData("2011/01/21 06:00", 2011, 1, 21, "06:00")]
    public void Timestamps(string raw, int y, int m, int d, string? time)
    {
        var outcome = ParseTimestamp(raw);

        outcome.Value.Should().Be(new Timestamp { Date = new DateOnly(y, m, d), Time = time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture) });
        outcome.Value!.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("20481061", DiagnosticCodes.InvalidTimestamp, 4, "expected '/'")]
    [InlineData("2020/8/07", DiagnosticCodes.InvalidTimestamp, 5, "expected month")]
    [InlineData("2020/08/07 6:00", DiagnosticCodes.InvalidTimestamp, 11, "expected hour")]
    [InlineData("2020/02/30", DiagnosticCodes.InvalidCalendarDate, 0, "no such calendar day")]
    [InlineData("2020/02/03 24:00", DiagnosticCodes.InvalidTimestamp, 11, "expected a time of day")]
    public void Bad_timestamps_fail_with_offset(string raw, string code, int offset, string message)
    {
        var outcome = ParseTimestamp(raw);

        outcome.Value.Should().BeNull();
        outcome.Problem.Should().Be(new Medline.Parser.Grammar.ValueProblem(code, DiagnosticSeverity.Warning, offset, message));
    }

    [Theory]
    [InlineData("20200824", 2020, 8, 24, DatePrecision.Day)]
    [InlineData("201806", 2018, 6, 1, DatePrecision.Month)]
    public void Compact_dates(string raw, int y, int m, int d, DatePrecision precision)
    {
        var date = ParseCompactDate(raw).Value;

        date.Should().Be(new CompactDate { Date = new DateOnly(y, m, d), Precision = precision });
        date!.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("2020082", 6, "expected end of input")]
    [InlineData("2020-08-24", 4, "expected month")]
    [InlineData("20201324", 0, "no such calendar day")]
    public void Bad_compact_dates_fail(string raw, int offset, string message)
    {
        var outcome = ParseCompactDate(raw);

        outcome.Value.Should().BeNull();
        outcome.Problem!.Value.Offset.Should().Be(offset);
        outcome.Problem!.Value.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("2020/08/07 06:00 [entrez]", "entrez", "2020/08/07 06:00")]
    [InlineData("2017/10/17 [received]", "received", "2017/10/17")]
    [InlineData("2019/05/01 00:00 [pmc-release]", "pmc-release", "2019/05/01 00:00")]
    public void History_dates(string raw, string status, string date)
    {
        var outcome = ParseHistoryDate(raw);

        outcome.Problem.Should().BeNull();
        outcome.Value.Should().BeEquivalentTo(new HistoryDate { Raw = raw, Status = status, Date = ParseTimestamp(date).Value });
    }

    [Fact]
    public void History_date_with_year_only_keeps_status_and_warns()
    {
        var outcome = ParseHistoryDate("2015 [ecollection]");

        outcome.Value.Should().BeEquivalentTo(new HistoryDate { Raw = "2015 [ecollection]", Status = "ecollection", Date = null });
        outcome.Problem.Should().Be(new Medline.Parser.Grammar.ValueProblem(DiagnosticCodes.InvalidTimestamp, DiagnosticSeverity.Warning, 4, "expected '/'"));
    }

    [Theory]
    [InlineData("2020/08/07 06:00", 16, "expected '['")]
    [InlineData("2020/08/07 06:00 [entrez", 24, "expected ']'")]
    [InlineData("2020/08/07 06:00 []", 18, "expected status")]
    public void History_dates_without_a_status_fail(string raw, int offset, string message)
    {
        var outcome = ParseHistoryDate(raw);

        outcome.Value.Should().BeNull();
        outcome.Problem.Should().Be(new Medline.Parser.Grammar.ValueProblem(DiagnosticCodes.InvalidIdentifier, DiagnosticSeverity.Warning, offset, message));
    }
}
