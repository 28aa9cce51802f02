using System.Text.Json;
using Medline.Parser.Cli.Stats;

namespace Medline.Parser.Cli.Tests;

public sealed class StatsTests
{
    private static StatsReport Report()
    {
        var aggregator = new StatsAggregator();
        aggregator.Add(new StatsRecord { Status = "MEDLINE", Year = 2020, Journal = "Medicine (Baltimore)", AuthorCount = 3, HasDoi = true, HasAbstract = true, MeshDescriptors = ["Humans", "COVID-19"] });
        aggregator.Add(new StatsRecord { Status = "MEDLINE", Year = 2021, Journal = "Nature", AuthorCount = 1, HasDoi = true, MeshDescriptors = ["Humans"] });
        aggregator.Add(new StatsRecord { Status = "PubMed-not-MEDLINE", Year = 2020, Journal = "Nature", AuthorCount = 10, HasOrcid = true });
        aggregator.Add(new StatsRecord { Status = null, Year = null, Journal = null, AuthorCount = 0 });
        return aggregator.ToReport(files: 2, top: 1);
    }

    [Fact]
    public void Aggregates_counts_tops_and_author_summary()
    {
        var report = Report();

        report.Records.Should().Be(4);
        report.ByStatus.Should().Equal(new NameCount("MEDLINE", 2), new NameCount("(none)", 1), new NameCount("PubMed-not-MEDLINE", 1));
        report.ByYear.Should().Equal(new YearCount(2020, 2), new YearCount(2021, 1));
        report.UnknownYear.Should().Be(1);
        report.TopJournals.Should().Equal(new NameCount("Nature", 2));
        report.TopMeshDescriptors.Should().Equal(new NameCount("Humans", 2));
        report.AuthorsPerRecord.Should().Be(new AuthorStats(0, 2, 3.5, 10));
        report.Share(report.WithDoi).Should().Be(0.5);
        report.WithOrcid.Should().Be(1);
        report.WithAbstract.Should().Be(1);
    }

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value()
    {
        var aggregator = new StatsAggregator();
        foreach (var n in new[] { 5, 1, 3 })
        {
            aggregator.Add(new StatsRecord { AuthorCount = n });
        }

        aggregator.ToReport(1, 10).AuthorsPerRecord.Median.Should().Be(3);
    }

    [Fact]
    public void Empty_input_gives_zeroes()
    {
        var report = new StatsAggregator().ToReport(1, 10);

        report.Records.Should().Be(0);
        report.AuthorsPerRecord.Should().Be(new AuthorStats(0, 0, 0, 0));
        report.Share(0).Should().Be(0);
    }

    [Fact]
    public void Text_rendering_has_every_section_and_a_year_chart()
    {
        var output = new StringWriter();
        StatsRenderer.WriteText(Report(), output, colour: false);
        var text = output.ToString();

        text.Should().Contain("4 records").And.Contain("2 files");
        text.Should().Contain("Records by publication year").And.Contain("2020").And.Contain("2021");
        text.Should().Contain("Top journals").And.Contain("Nature");
        text.Should().Contain("Top MeSH descriptors").And.Contain("Humans");
        text.Should().Contain("0 / 2 / 3.5 / 10");
        text.Should().Contain("With DOI").And.Contain("50.0");
        text.Should().NotContain("\u001b[");
    }

    [Fact]
    public void Json_rendering_has_the_documented_shape()
    {
        using var stream = new MemoryStream();
        StatsRenderer.WriteJson(Report(), stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;

        root.GetProperty("records").GetInt64().Should().Be(4);
        root.GetProperty("files").GetInt32().Should().Be(2);
        root.GetProperty("byStatus").GetProperty("MEDLINE").GetInt64().Should().Be(2);
        root.GetProperty("byYear").GetProperty("2020").GetInt64().Should().Be(2);
        root.GetProperty("unknownYear").GetInt64().Should().Be(1);
        root.GetProperty("topJournals")[0].GetProperty("name").GetString().Should().Be("Nature");
        root.GetProperty("topMeshDescriptors")[0].GetProperty("records").GetInt64().Should().Be(2);
        root.GetProperty("authorsPerRecord").GetProperty("median").GetDouble().Should().Be(2);
        root.GetProperty("withDoi").GetProperty("share").GetDouble().Should().Be(0.5);
        root.GetProperty("withAbstract").GetProperty("records").GetInt64().Should().Be(1);
        root.GetProperty("withOrcid").GetProperty("records").GetInt64().Should().Be(1);
    }

    [Fact]
    public void Stats_command_runs_on_the_sample_as_text_and_json()
    {
        var text = CliRun.Invoke(["stats", TestPaths.Sample]);
        var json = CliRun.Invoke(["stats", "--json", TestPaths.Sample]);

        text.ExitCode.Should().Be(0, text.ToString());
        text.Stdout.Should().Contain("Medicine").And.Contain("2020");
        json.ExitCode.Should().Be(0, json.ToString());
        using var document = JsonDocument.Parse(json.Stdout);
        document.RootElement.GetProperty("records").GetInt64().Should().Be(1);
        document.RootElement.GetProperty("byYear").GetProperty("2020").GetInt64().Should().Be(1);
        document.RootElement.GetProperty("withDoi").GetProperty("records").GetInt64().Should().Be(1);
    }
}
