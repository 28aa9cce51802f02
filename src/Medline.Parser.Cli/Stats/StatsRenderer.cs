using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Medline.Parser.Cli.Stats;

/// <summary>Prints a <see cref="StatsReport"/> for people (Spectre.Console tables and a bar chart) or as JSON.</summary>
internal static class StatsRenderer
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static void WriteText(StatsReport report, TextWriter output, bool colour, int width = 100)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!colour)
        {
            console.Profile.Width = width;
        }

        console.Write(new Rule($"[bold]{report.Records} records[/] in {report.Files} {(report.Files == 1 ? "file" : "files")}").LeftJustified());

        var status = Table("Status", "Records", "Share");
        foreach (var item in report.ByStatus)
        {
            status.AddRow(Markup.Escape(item.Name), Count(item.Records), Percent(report.Share(item.Records)));
        }

        console.Write(status);

        if (report.ByYear.Count > 0)
        {
            var chart = new BarChart().Label("[bold]Records by publication year[/]").LeftAlignLabel().Width(Math.Min(console.Profile.Width, 100));
            foreach (var year in report.ByYear)
            {
                chart.AddItem(year.Year.ToString(s_invariant), year.Records, Color.SteelBlue);
            }

            console.Write(chart);
        }

        if (report.UnknownYear > 0)
        {
            console.WriteLine($"Records without a publication year: {Count(report.UnknownYear)}");
        }

        var journals = Table("Top journals", "Records", "Share");
        foreach (var item in report.TopJournals)
        {
            journals.AddRow(Markup.Escape(item.Name), Count(item.Records), Percent(report.Share(item.Records)));
        }

        console.Write(journals);

        var mesh = Table("Top MeSH descriptors", "Records", "Share");
        foreach (var item in report.TopMeshDescriptors)
        {
            mesh.AddRow(Markup.Escape(item.Name), Count(item.Records), Percent(report.Share(item.Records)));
        }

        console.Write(mesh);

        var authors = report.AuthorsPerRecord;
        var facts = Table("Per record", "Value", string.Empty);
        facts.AddRow("Authors: min / median / mean / max",
            string.Create(s_invariant, $"{authors.Min} / {authors.Median:0.#} / {authors.Mean:0.0} / {authors.Max}"), string.Empty);
        facts.AddRow("With DOI", Count(report.WithDoi), Percent(report.Share(report.WithDoi)));
        facts.AddRow("With abstract", Count(report.WithAbstract), Percent(report.Share(report.WithAbstract)));
        facts.AddRow("With an ORCID author", Count(report.WithOrcid), Percent(report.Share(report.WithOrcid)));
        console.Write(facts);
    }

    public static void WriteJson(StatsReport report, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        writer.WriteStartObject();
        writer.WriteNumber("files", report.Files);
        writer.WriteNumber("records", report.Records);
        writer.WriteStartObject("byStatus");
        foreach (var item in report.ByStatus)
        {
            writer.WriteNumber(item.Name, item.Records);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("byYear");
        foreach (var item in report.ByYear)
        {
            writer.WriteNumber(item.Year.ToString(s_invariant), item.Records);
        }

        writer.WriteEndObject();
        writer.WriteNumber("unknownYear", report.UnknownYear);
        WriteTop(writer, "topJournals", report.TopJournals);
        WriteTop(writer, "topMeshDescriptors", report.TopMeshDescriptors);
        writer.WriteStartObject("authorsPerRecord");
        writer.WriteNumber("min", report.AuthorsPerRecord.Min);
        writer.WriteNumber("median", report.AuthorsPerRecord.Median);
        writer.WriteNumber("mean", Math.Round(report.AuthorsPerRecord.Mean, 3));
        writer.WriteNumber("max", report.AuthorsPerRecord.Max);
        writer.WriteEndObject();
        WriteShare(writer, "doi", report.WithDoi, report);
        WriteShare(writer, "abstract", report.WithAbstract, report);
        WriteShare(writer, "orcid", report.WithOrcid, report);
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private static void WriteTop(Utf8JsonWriter writer, string name, IReadOnlyList<NameCount> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("name", item.Name);
            writer.WriteNumber("records", item.Records);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteShare(Utf8JsonWriter writer, string name, long count, StatsReport report)
    {
        writer.WriteStartObject("with" + char.ToUpperInvariant(name[0]) + name[1..]);
        writer.WriteNumber("records", count);
        writer.WriteNumber("share", Math.Round(report.Share(count), 4));
        writer.WriteEndObject();
    }

    private static Table Table(string first, string second, string third)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn($"[bold]{Markup.Escape(first)}[/]"));
        table.AddColumn(new TableColumn(Markup.Escape(second)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(third)).RightAligned());
        return table;
    }

    private static string Count(long value) => value.ToString("N0", s_invariant);

    private static string Percent(double share) => share.ToString("P1", s_invariant);
}
