using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// A stand-in for <c>medline convert --raw --format ndjson</c> until the CLI exists: reads records with the library
/// on one thread and writes one JSON object per record, <c>{"fields":[{"tag":…,"value":…,"line":…},…]}</c>, with
/// <see cref="Utf8JsonWriter"/> on another, through a bounded queue of record batches (so memory does not grow with
/// the input). <c>--threads 1</c> does both on one thread.
/// </summary>
public static class NdjsonConverter
{
    private const int BatchSize = 64;
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static int Run(string input, string output, int threads)
    {
        var records = 0L;
        if (threads == 0)
        {
            // Read only: what the converter costs without JSON.
            using var only = MedlineReader.FromFile(input);
            while (only.TryRead(out _))
            {
                records++;
            }

            Console.Error.WriteLine($"{records} records (read only)");
            return 0;
        }

        var toNull = output == "-null";
        var temp = output + ".tmp";
        using (var stream = toNull ? Stream.Null : new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new Utf8JsonWriter(stream, s_writerOptions))
        using (var reader = MedlineReader.FromFile(input))
        {
            if (threads <= 1)
            {
                while (reader.TryRead(out var record))
                {
                    Write(writer, stream, record);
                    records++;
                }
            }
            else
            {
                using var queue = new BlockingCollection<MedlineRecord[]>(boundedCapacity: 4);
                var producer = Task.Factory.StartNew(() =>
                {
                    try
                    {
                        var batch = new List<MedlineRecord>(BatchSize);
                        while (reader.TryRead(out var record))
                        {
                            batch.Add(record);
                            if (batch.Count == BatchSize)
                            {
                                queue.Add([.. batch]);
                                batch.Clear();
                            }
                        }

                        if (batch.Count > 0)
                        {
                            queue.Add([.. batch]);
                        }
                    }
                    finally
                    {
                        queue.CompleteAdding();
                    }
                }, TaskCreationOptions.LongRunning);

                foreach (var batch in queue.GetConsumingEnumerable())
                {
                    foreach (var record in batch)
                    {
                        Write(writer, stream, record);
                    }

                    records += batch.Length;
                }

                producer.GetAwaiter().GetResult();
            }

            writer.Flush();
        }

        if (!toNull)
        {
            File.Move(temp, output, overwrite: true);
        }

        Console.Error.WriteLine($"{records} records");
        return 0;
    }

    private static void Write(Utf8JsonWriter writer, Stream stream, MedlineRecord record)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("fields"u8);
        foreach (var f in record.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("tag"u8, f.Tag);
            writer.WriteString("value"u8, f.Value);
            writer.WriteNumber("line"u8, f.Position.Line);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset();
        stream.WriteByte((byte)'\n');
    }
}
