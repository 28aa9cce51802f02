using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Medline.Parser.Serialization;

namespace Medline.Parser.Tests.Serialization;

/// <summary>
/// Our JSON, damaged at random places (characters that matter to JSON put in or taken out, the text cut short) and
/// read through refills of any size: reading never throws nor hangs, every diagnostic has a place in the text, and
/// what is read does not depend on how the bytes arrive.
/// </summary>
public class JsonReadingPropertyTests
{
    private static readonly string[] s_inserts = ["", "}", "{", "]", "[", ",", "\"", ":", "\n", "1", "x", "é", "\\", "null", "🧬"];

    private static readonly MedlineCitation[] s_citations =
    [
        new() { Pmid = "1", Title = "A title", Languages = ["eng"] },
        new() { Pmid = "22", Title = "Étude 日本語 🧬", MeshHeadings = [new() { Descriptor = "Humans", MajorTopic = true }] },
        new() { Pmid = "333", Keywords = [new("k", null, false)] },
    ];

    public sealed record Damage(int Form, IReadOnlyList<(int At, int Insert, int Delete)> Edits, int CutAt, int Chunk);

    private static Gen<Damage> DamageGen() =>
        from form in Gen.Choose(0, 2)
        from edits in EditGen().ListOf().Where(l => l.Count < 4)
        from cut in Gen.Choose(-4, 1000)
        from chunk in Gen.Elements(1, 3, 64, 4096)
        select new Damage(form, [.. edits], cut, chunk);

    private static Gen<(int At, int Insert, int Delete)> EditGen() =>
        from at in Gen.Choose(0, 1000)
        from insert in Gen.Choose(0, s_inserts.Length - 1)
        from delete in Gen.Choose(0, 2)
        select (at, insert, delete);

    [Property(MaxTest = 300)]
    public Property Damaged_json_never_throws_and_reads_the_same_whatever_the_refill_size() =>
        Prop.ForAll(DamageGen().ToArbitrary(), damage =>
        {
            var text = Render(damage);
            var bytes = Encoding.UTF8.GetBytes(text);

            var whole = Read(MedlineJsonReader.FromText(text));
            var trickled = Read(MedlineJsonReader.FromStream(new ChunkedStream(bytes, damage.Chunk)));

            var lines = text.Count(c => c == '\n') + 1;
            return whole.SequenceEqual(trickled) &&
                whole.Where(l => l.StartsWith("<input>(", StringComparison.Ordinal)).All(l => PlaceIsInText(l, lines));
        });

    private static List<string> Read(MedlineJsonReader reader)
    {
        using (reader)
        {
            var read = new List<string>();
            foreach (var citation in reader.ReadCitations())
            {
                read.AddRange(reader.Diagnostics.Select(d => d.ToString()));
                read.Add(MedlineJson.Serialize(citation));
            }

            read.AddRange(reader.Diagnostics.Select(d => d.ToString()));
            return read;
        }
    }

    private static bool PlaceIsInText(string diagnostic, int lines)
    {
        var place = diagnostic["<input>(".Length..diagnostic.IndexOf(')', StringComparison.Ordinal)].Split(',');
        var line = int.Parse(place[0], System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(place[1], System.Globalization.CultureInfo.InvariantCulture);
        return line >= 1 && line <= lines && column >= 1;
    }

    private static string Render(Damage damage)
    {
        var text = new StringBuilder(damage.Form switch
        {
            0 => "[" + string.Join(",", s_citations.Select(c => MedlineJson.Serialize(c))) + "]",
            1 => "[\n" + string.Join(",\n", s_citations.Select(c => MedlineJson.Serialize(c, indented: true))) + "\n]",
            _ => string.Concat(s_citations.Select(c => MedlineJson.Serialize(c) + "\n")),
        });
        foreach (var (at, insert, delete) in damage.Edits)
        {
            var place = at % (text.Length + 1);
            text.Remove(place, Math.Min(delete, text.Length - place));
            text.Insert(place, s_inserts[insert]);
        }

        if (damage.CutAt >= 0 && damage.CutAt < text.Length)
        {
            text.Length = damage.CutAt;
        }

        // A cut or deletion may split a surrogate pair; the bytes then hold U+FFFD, which is text like any other.
        return text.ToString();
    }

    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
