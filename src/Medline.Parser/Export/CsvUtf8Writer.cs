using System.Text;

namespace Medline.Parser.Export;

/// <summary>
/// The <see cref="TextWriter"/> Sep writes to: UTF-8 into a <see cref="Utf8Buffer"/>, CRLF line ends. The encoder keeps
/// a surrogate pair whole when Sep hands it over in two writes.
/// </summary>
internal sealed class CsvUtf8Writer : TextWriter
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    public CsvUtf8Writer(Utf8Buffer buffer)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        Buffer = buffer;
        CoreNewLine = ['\r', '\n'];
    }

    public Utf8Buffer Buffer { get; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write([value]);

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var bytes = Buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(buffer.Length));
        Buffer.Advance(_encoder.GetBytes(buffer, bytes, flush: false));
    }

    public override void Flush()
    {
        var bytes = Buffer.GetSpan(16);
        Buffer.Advance(_encoder.GetBytes([], bytes, flush: true));
    }
}
