using System.Buffers;

namespace Medline.Parser.Cli.Output;

/// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>: dispose to return them.</summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _array;
    private int _written;

    public PooledBufferWriter(int initialCapacity) => _array = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 256));

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

    private void Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _array.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _array.Length * 2));
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
