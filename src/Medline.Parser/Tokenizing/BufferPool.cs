namespace Medline.Parser.Tokenizing;

/// <summary>
/// The byte arrays of one chunk reader's chunks: rented by the reader (one thread), returned by whoever disposes a
/// chunk (any thread). At most <see cref="Capacity"/> arrays are kept.
/// </summary>
/// <remarks>
/// Measured against <see cref="System.Buffers.ArrayPool{T}.Shared"/>: its per-core stacks hold 8 arrays a size, fewer
/// than the chunks in flight between the reading thread and the workers, so it kept allocating and retaining; peak
/// memory of a 100 MiB conversion rose by 10–20 MB and a gen-2 collection appeared. This pool has one lock, taken
/// twice per chunk (about 1,600 times per 100 MiB in 64 KiB chunks). Only arrays of up to four times the usual length are kept.
/// </remarks>
internal sealed class BufferPool(int minimumLength)
{
    /// <summary>The length of the arrays it makes: a usual chunk (the chunk length and the rest of a record) fits.</summary>
    public int MinimumLength { get; } = minimumLength;

    /// <summary>Longer arrays (the chunk of a record of megabytes) are not kept: a few of them would outweigh the rest.</summary>
    public int MaximumLength => 4 * MinimumLength;

    /// <summary>Arrays kept at most: more than the chunks a pipeline holds at once.</summary>
    internal const int Capacity = 64;

    private readonly Lock _gate = new();
    private readonly Stack<byte[]> _free = new();

    /// <summary>An array of at least <paramref name="length"/> bytes (not cleared).</summary>
    public byte[] Rent(int length)
    {
        lock (_gate)
        {
            while (_free.TryPop(out var array))
            {
                if (array.Length >= length)
                {
                    return array;
                }
            }
        }

        return GC.AllocateUninitializedArray<byte>(Math.Max(length, MinimumLength));
    }

    /// <summary>Takes an array back (dropped when the pool is full).</summary>
    public void Return(byte[] array)
    {
        if (array.Length > MaximumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (_free.Count < Capacity)
            {
                _free.Push(array);
            }
        }
    }
}
