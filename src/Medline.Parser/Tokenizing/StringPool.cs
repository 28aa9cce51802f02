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
/// The hash is cheap and not randomized: it only picks a slot, and every
/// hit is confirmed by comparing the characters, so a collision costs a miss, never a wrong string. Memory is fixed:
/// <see cref="Size"/> references plus the strings they hold. A pool is safe to share between threads (a slot holds an
/// immutable string and reference writes are atomic, so a race only costs a miss), but readers of chunks on several
/// threads each use their thread's pool (<see cref="ForThread"/>): what two cores write, a slot or a hit counter,
/// moves between the cores on every write (see the tests named after it).
/// </remarks>
internal sealed class StringPool
{
    /// <summary>Values longer than this are never pooled (titles, abstracts, affiliations do not repeat).</summary>
    internal const int MaxLength = 96;

    /// <summary>Slots in the cache (a power of two).</summary>
    internal const int Size = 4 * 1024;

    private const int Shift = 64 - 12;

    private readonly string?[] _slots = new string?[Size];

    [ThreadStatic]
    private static StringPool? t_pool;

    /// <summary>This thread's pool, for the readers of chunks (<see cref="MedlineChunk.CreateReader"/>).</summary>
    public static StringPool ForThread() => t_pool ??= new StringPool();

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
            return slot;
        }

        var created = new string(text);
        _slots[index] = created;
        return created;
    }

    /// <summary>
    /// The slot a value maps to: a multiply-rotate hash over the value's characters, four at a time (values are at
    /// most <see cref="MaxLength"/> chars). Not randomized: the slot only decides where to look, every hit is
    /// confirmed by comparing the text.
    /// </summary>
    internal static int Slot(ReadOnlySpan<char> text)
    {
        const ulong K1 = 0x9E3779B97F4A7C15UL;
        const ulong K2 = 0xC2B2AE3D27D4EB4FUL;
        var hash = (ulong)text.Length * K2;
        if (text.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(text);
            var i = 0;
            for (; i + 8 < bytes.Length; i += 8)
            {
                hash = (BitOperations.RotateLeft(hash, 23) ^ MemoryMarshal.Read<ulong>(bytes[i..])) * K1;
            }

            // The last four chars (overlapping the loop's last read when the length is not a multiple of four).
            hash = (BitOperations.RotateLeft(hash, 23) ^ MemoryMarshal.Read<ulong>(bytes[^8..])) * K1;
        }
        else
        {
            foreach (var c in text)
            {
                hash = (BitOperations.RotateLeft(hash, 23) ^ c) * K1;
            }
        }

        hash ^= hash >> 29;
        hash *= K2;
        return (int)(hash >> Shift);
    }
}
