namespace Medline.Parser.Testing;

/// <summary>
/// SplitMix64 over a seed: the same seed makes the same choices on every runtime, which <see cref="System.Random"/>
/// does not promise, so a damaged input named by its seed in a failing test stays the same input.
/// </summary>
internal sealed class SeededChoice(long seed)
{
    private ulong _state = unchecked((ulong)seed);

    /// <summary>A number in [0, <paramref name="count"/>).</summary>
    public int Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        var z = _state;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z % (ulong)count);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>One of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>True once in <paramref name="count"/> times.</summary>
    public bool OneIn(int count) => Next(count) == 0;

    /// <summary>True with probability <paramref name="rate"/> (to a millionth), and false always for 0.</summary>
    public bool Chance(double rate) => Next(1_000_000) < rate * 1_000_000;
}
