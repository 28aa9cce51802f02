using System.Globalization;
using DuckDB.NET.Data;

namespace Medline.Parser.Tests.Export;

/// <summary>DuckDB (in memory, from NuGet's DuckDB.NET) as the consumer of our Parquet files: it runs SQL over them.</summary>
internal static class ParquetDuckDb
{
    /// <summary>The rows of a query, each value as DuckDB gives it (DBNull for NULL).</summary>
    public static List<object[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The one value of a query.</summary>
    public static object Scalar(string sql) => Query(sql).Single().Single();

    /// <summary>A query's rows as "a|b|c" lines, NULL as ∅: easy to compare with ours.</summary>
    public static List<string> Lines(string sql) =>
        Query(sql).Select(row => string.Join('|', row.Select(Text))).ToList();

    /// <summary>A path or glob as an SQL string literal.</summary>
    public static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The column names and DuckDB types of a Parquet file, as "name TYPE" lines.</summary>
    public static List<string> Describe(string path) =>
        Lines($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({Literal(path)}))")
            .Select(line => line.Replace('|', ' ')).ToList();

    private static string Text(object value) => value switch
    {
        DBNull => "∅",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object>().Select(Text)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
