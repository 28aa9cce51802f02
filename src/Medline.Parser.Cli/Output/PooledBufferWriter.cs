using System.Buffers;

namespace Medline.Parser.Cli.Output;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>: dispose to return them.
/// With a stream to drain to, what is written goes on to the stream in blocks instead of growing the buffer.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private readonly Stream? _drainTo;
    private readonly int _initialCapacity;
    private byte[] _array;
    private int _written;

    /// <param name="initialCapacity">The length of the first array.</param>
    /// <param name="drainTo">
    /// The stream what is written goes on to once <see cref="JsonOutput.DrainThreshold"/> bytes are waiting (or when
    /// more room is asked for), or <see langword="null"/> to keep it all until <see cref="WrittenSpan"/> is read.
    /// </param>
    public PooledBufferWriter(int initialCapacity, Stream? drainTo = null)
    {
        _initialCapacity = Math.Max(initialCapacity, 256);
        _array = ArrayPool<byte>.Shared.Rent(_initialCapacity);
        _drainTo = drainTo;
    }

    /// <summary>The length of the array in use (for the test that a huge value's array is not kept).</summary>
    internal int Capacity => _array.Length;

    /// <summary>What is written and not yet drained.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _written);

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsSpan(_written);
    }

    public void Write(byte value)
    {
        Ensure(1);
        _array[_written++] = value;
    }

    /// <summary>Writes what is waiting to the stream given to drain to (nothing without one).</summary>
    public void Drain()
    {
        if (_drainTo is null)
        {
            return;
        }

        if (_written > 0)
        {
            _drainTo.Write(_array.AsSpan(0, _written));
            _written = 0;
        }

        if (_array.Length > MaximumPooledLength)
        {
            // The room one huge value asked for (Utf8JsonWriter asks for 3 bytes a char) is not kept for the values after it.
            _array = ArrayPool<byte>.Shared.Rent(_initialCapacity);
        }
    }

    private void Ensure(int sizeHint)
    {
        if (_drainTo is not null && _written >= JsonOutput.DrainThreshold)
        {
            Drain();
        }

        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _array.Length)
        {
            return;
        }

        if (_drainTo is not null && _written > 0)
        {
            Drain();
            needed = Math.Max(sizeHint, 1);
            if (needed <= _array.Length)
            {
                return;
            }
        }

        // Draining, only a value longer than the array asks for more: exactly that, not twice the array (which the
        // shared pool would round up to a power of two), and never kept.
        var larger = _drainTo is not null && needed > MaximumPooledLength
            ? GC.AllocateUninitializedArray<byte>(needed)
            : ArrayPool<byte>.Shared.Rent(Math.Max(needed, _array.Length * 2));
        _array.AsSpan(0, _written).CopyTo(larger);
        Return(_array);
        _array = larger;
    }

    public void Dispose()
    {
        if (_array.Length > 0)
        {
            Return(_array);
            _array = [];
        }
    }

    /// <summary>
    /// The JSON of a record of megabytes is left to the GC: the shared pool keeps arrays up to a gigabyte, on every
    /// thread, and kept the tens of megabytes of one huge record for the rest of the run (issue 9 §4).
    /// </summary>
    private static void Return(byte[] array)
    {
        if (array.Length <= MaximumPooledLength)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private const int MaximumPooledLength = 4 * 1024 * 1024;
}
