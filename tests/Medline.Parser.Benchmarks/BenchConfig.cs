using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// A short job for a 2-core VM: every operation reads the whole ~100 MB input (0.1–2 s), so one invocation per
/// iteration, 3 warm-ups and 10 measured iterations are enough; a full run takes a few minutes.
/// Columns: MB/s (input UTF-8 bytes per second, 1 MB = 10^6 bytes), ns/record, B/record.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcServer(false)
            .WithGcConcurrent(false)
            .WithEnvironmentVariable(BenchInput.InputVariable, BenchInput.Path)
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new PerInputColumn(PerInputColumn.Kind.MegabytesPerSecond));
        AddColumn(new PerInputColumn(PerInputColumn.Kind.NanosecondsPerRecord));
        AddColumn(new PerInputColumn(PerInputColumn.Kind.BytesPerRecord));
        WithOption(ConfigOptions.DisableLogFile, false);
    }
}

/// <summary>Sep-style custom columns: the mean time and the allocations turned into per-input figures.</summary>
public sealed class PerInputColumn(PerInputColumn.Kind kind) : IColumn
{
    public enum Kind
    {
        MegabytesPerSecond,
        NanosecondsPerRecord,
        BytesPerRecord,
    }

    public string Id => "PerInput." + kind;

    public string ColumnName => kind switch
    {
        Kind.MegabytesPerSecond => "MB/s",
        Kind.NanosecondsPerRecord => "ns/record",
        _ => "B/record",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        Kind.MegabytesPerSecond => "Input UTF-8 bytes per second, in 10^6 bytes",
        Kind.NanosecondsPerRecord => "Mean time divided by the records in the input",
        _ => "Bytes allocated per operation divided by the records in the input",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var stats = report?.ResultStatistics;
        if (report is null || stats is null)
        {
            return "?";
        }

        var info = InputInfo.Current;
        var meanNs = stats.Mean;
        switch (kind)
        {
            case Kind.MegabytesPerSecond:
                return (info.Bytes / (meanNs / 1e9) / 1e6).ToString("N0", CultureInfo.InvariantCulture);
            case Kind.NanosecondsPerRecord:
                return (meanNs / info.Records).ToString("N0", CultureInfo.InvariantCulture);
            default:
                var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
                return bytes is null ? "?" : ((double)bytes.Value / info.Records).ToString("N0", CultureInfo.InvariantCulture);
        }
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
