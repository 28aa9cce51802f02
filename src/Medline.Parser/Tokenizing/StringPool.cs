using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Medline.Parser.Tokenizing;

/// <summary>
/// A direct-mapped string cache: one slot per hash bucket, looked up by span so a hit allocates nothing, and a miss
/// overwrites the slot. Unlike a first-come dictionary with a cap, it never fills up: a value that repeats later in
/// a long export still gets pooled, and a near-unique value only costs one slot until something else lands there.
/// </summary>
/// <remarks>
/// The hash is cheap and not randomized (length, first and last four characters): it only picks a slot, and every
/// hit is confirmed by comparing the characters, so a collision costs a miss, never a wrong string. Memory is fixed:
/// <see cref="Size"/> references plus the strings they hold.
/// </remarks>
internal sealed class StringPool
{
    /// <summary>Values longer than this are never pooled (titles, abstracts, affiliations do not repeat).</summary>
    internal const int MaxLength = 96;

    /// <summary>Slots in the cache (a power of two).</summary>
    internal const int Size = 8 * 1024;

    private const int Shift = 64 - 13;

    private readonly string?[] _slots = new string?[Size];

    /// <summary>Hits since the pool was made (for tests and the benchmark's report).</summary>
    public long Hits { get; private set; }

    /// <summary>Misses (strings made) since the pool was made.</summary>
    public long Misses { get; private set; }

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return new string(text);
        }

        var index = Slot(text);
        var slot = _slots[index];
        if (slot is not null && text.SequenceEqual(slot))
        {
            Hits++;
            return slot;
        }

        Misses++;
        var created = new string(text);
        _slots[index] = created;
        return created;
    }

    /// <summary>The slot a value maps to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Slot(ReadOnlySpan<char> text)
    {
        ulong head, tail;
        if (text.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(text);
            head = MemoryMarshal.Read<ulong>(bytes);
            tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            head = text[0];
            tail = text[^1];
            if (text.Length > 1)
            {
                head |= (ulong)text[1] << 16;
            }
        }

        var mixed = ((head * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(tail, 29)) + (ulong)text.Length;
        mixed *= 0xC2B2AE3D27D4EB4FUL;
        return (int)(mixed >> Shift);
    }
}
