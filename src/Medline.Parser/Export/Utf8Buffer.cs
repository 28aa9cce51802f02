using System.Buffers;
using System.Text;

namespace Medline.Parser.Export;

/// <summary>A growable UTF-8 buffer over pooled arrays that exporters write text into: no string is made per line.</summary>
internal sealed class Utf8Buffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _bytes;
    private int _length;

    public Utf8Buffer(int initialSize = 4096) => _bytes = ArrayPool<byte>.Shared.Rent(Math.Max(initialSize, 256));

    /// <summary>How many bytes are written.</summary>
    public int Length => _length;

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, _length);

    /// <summary>Forgets everything from <paramref name="length"/> on.</summary>
    public void Truncate(int length) => _length = length;

    public void Append(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(GetSpan(utf8.Length));
        _length += utf8.Length;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        var written = Encoding.UTF8.GetBytes(text, GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _length += written;
    }

    public void Append(char c) => Append([c]);

    public void Append(int value)
    {
        value.TryFormat(GetSpan(11), out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        _length += written;
    }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsSpan(_length);
    }

    public void Dispose()
    {
        var bytes = _bytes;
        _bytes = [];
        _length = 0;
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = (long)_length + Math.Max(sizeHint, 1);
        if (needed <= _bytes.Length)
        {
            return;
        }

        var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, (long)_bytes.Length * 2), Array.MaxLength));
        WrittenSpan.CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = grown;
    }
}
