namespace Medline.Parser.Cli.Stats;

/// <summary>
/// Accumulates <see cref="StatsRecord"/>s. Memory is bounded by the vocabularies (statuses, years, journals, MeSH
/// descriptors, distinct author counts), not by the number of records.
/// </summary>
internal sealed class StatsAggregator
{
    private readonly Dictionary<string, long> _status = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, long> _years = [];
    private readonly Dictionary<string, long> _journals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _mesh = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, long> _authorCounts = [];
    private long _records;
    private long _unknownYear;
    private long _withDoi;
    private long _withAbstract;
    private long _withOrcid;
    private long _authorSum;

    public void Add(StatsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records++;
        Increment(_status, string.IsNullOrEmpty(record.Status) ? "(none)" : record.Status);
        if (record.Year is { } year)
        {
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }
        else
        {
            _unknownYear++;
        }

        if (!string.IsNullOrEmpty(record.Journal))
        {
            Increment(_journals, record.Journal);
        }

        foreach (var descriptor in record.MeshDescriptors)
        {
            Increment(_mesh, descriptor);
        }

        _authorCounts[record.AuthorCount] = _authorCounts.GetValueOrDefault(record.AuthorCount) + 1;
        _authorSum += record.AuthorCount;
        _withDoi += record.HasDoi ? 1 : 0;
        _withAbstract += record.HasAbstract ? 1 : 0;
        _withOrcid += record.HasOrcid ? 1 : 0;
    }

    public StatsReport ToReport(int files, int top) => new()
    {
        Files = files,
        Records = _records,
        ByStatus = _status.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Select(static p => new NameCount(p.Key, p.Value)).ToList(),
        ByYear = _years.Select(static p => new YearCount(p.Key, p.Value)).ToList(),
        UnknownYear = _unknownYear,
        TopJournals = Top(_journals, top),
        TopMeshDescriptors = Top(_mesh, top),
        AuthorsPerRecord = AuthorSummary(),
        WithDoi = _withDoi,
        WithAbstract = _withAbstract,
        WithOrcid = _withOrcid,
    };

    private AuthorStats AuthorSummary()
    {
        if (_records == 0)
        {
            return new AuthorStats(0, 0, 0, 0);
        }

        return new AuthorStats(
            _authorCounts.First().Key,
            Median(),
            (double)_authorSum / _records,
            _authorCounts.Last().Key);
    }

    // The median from the histogram of author counts: the mean of the two middle values when the count is even.
    private double Median()
    {
        var lowIndex = (_records - 1) / 2;
        var highIndex = _records / 2;
        int? low = null;
        long seen = 0;
        foreach (var (value, count) in _authorCounts)
        {
            seen += count;
            if (low is null && seen > lowIndex)
            {
                low = value;
            }

            if (seen > highIndex)
            {
                return (low!.Value + value) / 2.0;
            }
        }

        return low ?? 0;
    }

    private static List<NameCount> Top(Dictionary<string, long> counts, int top) =>
        counts.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal).Take(top)
            .Select(static p => new NameCount(p.Key, p.Value)).ToList();

    private static void Increment(Dictionary<string, long> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}

internal sealed record NameCount(string Name, long Records);

internal sealed record YearCount(int Year, long Records);

internal sealed record AuthorStats(int Min, double Median, double Mean, int Max);

internal sealed record StatsReport
{
    public int Files { get; init; }

    public long Records { get; init; }

    public IReadOnlyList<NameCount> ByStatus { get; init; } = [];

    public IReadOnlyList<YearCount> ByYear { get; init; } = [];

    public long UnknownYear { get; init; }

    public IReadOnlyList<NameCount> TopJournals { get; init; } = [];

    public IReadOnlyList<NameCount> TopMeshDescriptors { get; init; } = [];

    public required AuthorStats AuthorsPerRecord { get; init; }

    public long WithDoi { get; init; }

    public long WithAbstract { get; init; }

    public long WithOrcid { get; init; }

    public double Share(long count) => Records == 0 ? 0 : (double)count / Records;
}
