using System.Globalization;

namespace Medline.Parser.Cli.Running;

/// <summary>MEDLINE text out: the citations of the inputs (MEDLINE text parsed on all cores, or our JSON), written in input order by one writer.</summary>
internal static class CitationWriting
{
    /// <summary>
    /// Parses every record of <paramref name="inputs"/> in parallel chunks and writes each citation, in input order,
    /// with <paramref name="writer"/> (on the consuming thread: a writer is not thread-safe, and the layout of one
    /// record after another is the writer's).
    /// </summary>
    /// <returns>How many fields could not be written (malformed lines: <see cref="MedlineWriter.UnwrittenFieldCount"/>).</returns>
    public static long Run(InputRunner runner, IReadOnlyList<InputSource> inputs, MedlineWriter writer, CancellationToken cancellationToken)
    {
        var before = writer.UnwrittenFieldCount;
        var write = Writes(writer);
        runner.Json = JsonInput.Citations(write); // our JSON in: one object at a time, in order, on this thread
        runner.RunChunked(
            inputs,
            static chunk => RecordChunk<MedlineCitation>.Process(chunk, static record =>
            {
                var citation = TypedCitations.Prepare(record);
                return (citation, citation.Diagnostics);
            }),
            chunk =>
            {
                foreach (var citation in chunk.Items)
                {
                    write(citation);
                }
            },
            cancellationToken);
        writer.Flush();
        return writer.UnwrittenFieldCount - before;
    }

    /// <summary>Writes a citation with <paramref name="writer"/> and gives back its diagnostics, for the runner to report.</summary>
    public static Func<MedlineCitation, IReadOnlyList<MedlineDiagnostic>> Writes(MedlineWriter writer) => citation =>
    {
        writer.Write(citation);
        return citation.Diagnostics;
    };

    /// <summary>Says that lines were left out, so that nothing is lost in silence (the line is one field's, not the record's).</summary>
    public static void ReportUnwritten(Action<string> say, long unwritten)
    {
        if (unwritten > 0)
        {
            say(string.Create(CultureInfo.InvariantCulture,
                $"medline: warning: {unwritten} malformed {(unwritten == 1 ? "line (no tag) was" : "lines (no tag) were")} left out: MEDLINE text has no field to hold them (they were reported as MED1001/MED1007 when read)"));
        }
    }
}
