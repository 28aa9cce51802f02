namespace Medline.Parser.Tokenizing;

/// <summary>
/// Hands out one shared string per distinct short value, looked up by span so a hit allocates nothing (Sep's
/// biggest real-world win). Bounded, so memory does not grow with the input.
/// </summary>
internal sealed class StringPool
{
    internal const int MaxLength = 128;
    private const int MaxEntries = 16 * 1024;

    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();

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

        if (_lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = new string(text);
        if (_map.Count < MaxEntries)
        {
            _map.Add(created, created);
        }

        return created;
    }
}
