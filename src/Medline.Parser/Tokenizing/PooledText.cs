using System.Buffers;
using System.Text;

namespace Medline.Parser.Tokenizing;

/// <summary>
/// A chunk's decoded text in a buffer that is used again once the chunk is disposed, handed out as
/// <see cref="Memory{T}"/> that stops working then: after <see cref="IDisposable.Dispose"/> every <c>Span</c> of it
/// throws <see cref="ObjectDisposedException"/>, so a record kept past its chunk fails loudly instead of reading text
/// that has since been overwritten by another chunk.
/// </summary>
/// <remarks>
/// Each thread keeps one buffer: the worker that decodes a chunk is the one that disposes it, so in a pipeline every
/// chunk after a worker's first decodes into the cache-warm buffer of the one before, with no lock and no allocation.
/// A chunk disposed on another thread leaves its buffer to that thread; one never disposed leaves it to the GC.
/// Measured against <see cref="ArrayPool{T}.Shared"/>: the same speed, but the shared pool's arrays were promoted
/// through the generations and raised peak memory by about 10 MB.
/// </remarks>
internal sealed class PooledText : MemoryManager<char>
{
    [ThreadStatic]
    private static char[]? t_free;

    private readonly int _length;
    private readonly int _maximumLength;
    private char[]? _array;

    private PooledText(char[] array, int length, int maximumLength)
    {
        _array = array;
        _length = length;
        _maximumLength = maximumLength;
    }

    /// <summary>Decodes <paramref name="bytes"/> (in UTF-8, invalid bytes become U+FFFD, as <see cref="Encoding.UTF8"/> makes them).</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="charCount">Their length in UTF-16 code units, as <see cref="Encoding.GetCharCount(byte[])"/> gives it.</param>
    /// <param name="encoding">UTF-8 or a single-byte encoding.</param>
    /// <param name="sizes">
    /// The chunk reader's byte buffers, whose sizes the text buffer takes (a chunk has at most as many chars as
    /// bytes): the usual chunk fits the smallest, and a longer one than their largest kept is left to the GC.
    /// </param>
    public static PooledText Decode(ReadOnlySpan<byte> bytes, int charCount, Encoding encoding, BufferPool sizes)
    {
        var array = t_free is { } free && free.Length >= charCount ? free : new char[Math.Max(charCount, sizes.MinimumLength)];
        t_free = null;
        var written = encoding.GetChars(bytes, array);
        return new PooledText(array, written, sizes.MaximumLength);
    }

    public override Span<char> GetSpan() =>
        new(_array ?? throw Disposed(), 0, _length);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        var array = _array ?? throw Disposed();
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)elementIndex, (uint)_length, nameof(elementIndex));
        return array.AsMemory(elementIndex, _length - elementIndex).Pin();
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        var array = Interlocked.Exchange(ref _array, null);
        if (array is not null && array.Length <= _maximumLength && (t_free is null || t_free.Length < array.Length))
        {
            t_free = array;
        }
    }

    private static ObjectDisposedException Disposed() =>
        new(nameof(MedlineChunk), "The chunk this record was read from has been disposed: read its raw text before disposing the chunk.");
}
