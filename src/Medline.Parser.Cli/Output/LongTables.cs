using Medline.Parser.Cli.Running;
using Medline.Parser.Export;

namespace Medline.Parser.Cli.Output;

/// <summary><c>--tables</c>: which long tables a csv or parquet output gets, and their files beside it, written and committed with it.</summary>
internal static class LongTables
{
    private static readonly ExportTable[] s_all = [ExportTable.Authors, ExportTable.Mesh, ExportTable.Grants, ExportTable.Links];

    /// <summary><c>authors, mesh, grants, links</c>, for messages.</summary>
    public static string NameList { get; } = string.Join(", ", s_all.Select(NameOf));

    private static string NameOf(ExportTable table) => table.ToString().ToLowerInvariant();

    /// <summary>The tables a <c>--tables</c> value names (<c>authors,mesh</c>, <c>all</c>), or <see langword="null"/> when a name is unknown.</summary>
    public static ExportTable? Parse(string? value)
    {
        if (value is null)
        {
            return ExportTable.None;
        }

        var tables = ExportTable.None;
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var table = part == "all"
                ? s_all.Aggregate(ExportTable.None, static (all, t) => all | t)
                : Array.Find(s_all, t => NameOf(t) == part);
            if (table == ExportTable.None)
            {
                return null;
            }

            tables |= table;
        }

        return tables;
    }

    /// <summary>Where each long table goes: beside <paramref name="plan"/>'s file (<c>out.authors.csv</c>), never onto an input.</summary>
    public static List<(ExportTable Table, OutputPlan Plan)> Plans(ExportTable tables, OutputPlan? plan, IReadOnlyList<InputSource> inputs)
    {
        var plans = new List<(ExportTable, OutputPlan)>();
        foreach (var table in s_all)
        {
            if (!tables.HasFlag(table) || plan is null)
            {
                continue;
            }

            var tablePlan = OutputPlan.For(ExportOptions.TablePath(plan.DisplayName, table));
            foreach (var input in inputs)
            {
                if (input.Path is not null && InputResolver.SameFile(input.Path, tablePlan.Path))
                {
                    throw new CliException(ExitCodes.Usage,
                        $"the output {tablePlan.DisplayName} (--tables {NameOf(table)}) is also an input; refusing to overwrite it");
                }
            }

            plans.Add((table, tablePlan));
        }

        return plans;
    }

    /// <summary>The long tables' outputs, opened together; committed after the main output is complete, or all dropped.</summary>
    public sealed class Targets : IDisposable
    {
        private readonly List<(ExportTable Table, OutputTarget Target)> _targets = [];

        public Targets(List<(ExportTable Table, OutputPlan Plan)> plans, Func<Stream> openStandardOutput)
        {
            try
            {
                foreach (var (table, plan) in plans)
                {
                    _targets.Add((table, OutputTarget.Open(plan, openStandardOutput)));
                }
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>Export options that write <paramref name="tables"/> to these outputs.</summary>
        public ExportOptions Options(ExportTable tables) => tables == ExportTable.None
            ? ExportOptions.Default
            : new ExportOptions
            {
                Tables = ExportTable.Citations | tables,
                TableStream = table => _targets.Find(t => t.Table == table).Target.Stream,
            };

        public void Commit()
        {
            foreach (var (_, target) in _targets)
            {
                target.Commit();
            }
        }

        public void Abort()
        {
            foreach (var (_, target) in _targets)
            {
                target.Abort();
            }
        }

        public void Dispose()
        {
            foreach (var (_, target) in _targets)
            {
                target.Dispose();
            }
        }
    }
}
