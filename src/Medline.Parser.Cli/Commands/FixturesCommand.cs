using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Medline.Parser.Cli.Output;
using Medline.Parser.Testing;

namespace Medline.Parser.Cli.Commands;

/// <summary>
/// <c>medline fixtures --count N [--seed S] [--kinds K,…] [--damage RATE] [-o PATH]</c>: a valid export of N realistic
/// records made by <see cref="MedlineGenerator"/>, the same bytes for the same seed, streamed record by record.
/// </summary>
internal static class FixturesCommand
{
    // The kinds by their fixture names (journal-article, et-al…), so the CLI and the fixtures name them alike.
    private static readonly (string Name, MedlineFixtureKind Kind)[] s_kinds =
        [.. MedlineFixtures.All.Select(f => (f.Name, f.Kind))];

    public static Command Create(CliEnvironment environment)
    {
        var count = new Option<string>("--count", "-n")
        {
            Description = $"How many records to write (1 to {MedlineGenerator.MaxRecordCount})",
            HelpName = "N",
            Required = true,
        };
        count.Validators.Add(result => Check(result, text => ParseCount(text) is null
            ? $"--count takes a whole number of records from 1 to {MedlineGenerator.MaxRecordCount}, not '{text}'" : null));
        var seed = new Option<string>("--seed", "-s")
        {
            Description = "Chooses every value; the same seed and options write the same bytes (default 1)",
            HelpName = "S",
            DefaultValueFactory = static _ => "1",
        };
        seed.Validators.Add(result => Check(result, text => ParseSeed(text) is null
            ? $"--seed takes a whole number, not '{text}'" : null));
        var kinds = new Option<string?>("--kinds")
        {
            Description = "The record kinds to draw from, comma-separated (default: all): " + string.Join(", ", s_kinds.Select(k => k.Name)),
            HelpName = "K,…",
        };
        kinds.Validators.Add(result => Check(result, text => ParseKinds(text) is null
            ? $"--kinds takes record kinds separated by commas ({string.Join(", ", s_kinds.Select(k => k.Name))}), not '{text}'" : null));
        var damage = new Option<string?>("--damage")
        {
            Description = "The share of records, from 0 to 1, that get one defect with known diagnostics (default 0)",
            HelpName = "RATE",
        };
        damage.Validators.Add(result => Check(result, text => ParseRate(text) is null
            ? $"--damage takes a rate from 0 to 1, such as 0.05, not '{text}'" : null));
        var output = CommonOptions.Output();
        var command = new Command("fixtures",
            "Write a valid MEDLINE export of generated, realistic records (every record kind, retraction and erratum " +
            "pairs, optional damage), the same bytes for the same seed.")
        {
            count, seed, kinds, damage, output,
        };

        CommandRunner.SetAction(command, environment, context =>
        {
            var result = context.ParseResult;
            var records = ParseCount(result.GetValue(count)!)!.Value;
            var options = new MedlineGeneratorOptions
            {
                Kinds = result.GetValue(kinds) is { } list ? ParseKinds(list)! : [],
                DamageRate = result.GetValue(damage) is { } rate ? ParseRate(rate)!.Value : 0,
            };
            var generator = new MedlineGenerator(ParseSeed(result.GetValue(seed)!)!.Value, options);
            var path = result.GetValue(output);
            var plan = path is null or "-" ? null : OutputPlan.For(path);

            using var target = plan is null
                ? OutputTarget.ForStandardOutput(context.Environment.OpenStandardOutput())
                : OutputTarget.Open(plan, context.Environment.OpenStandardOutput);
            using var unlink = target.TempPath is { } temp ? context.CancellationToken.Register(() => OutputTarget.TryDelete(temp)) : default;
            var damaged = generator.WriteExport(target.Stream, records, context.CancellationToken);
            target.Commit();
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"medline: wrote {records} {(records == 1 ? "record" : "records")} ({damaged} damaged) to {path ?? "-"}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Check(OptionResult result, Func<string, string?> problem)
    {
        if (result.Tokens is [{ Value: var text }] && problem(text) is { } message)
        {
            result.AddError(message);
        }
    }

    private static long? ParseCount(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MedlineGenerator.MaxRecordCount ? n : null;

    private static long? ParseSeed(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static double? ParseRate(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1 ? rate : null;

    private static MedlineFixtureKind[]? ParseKinds(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries);
        var chosen = new MedlineFixtureKind[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var match = Array.FindIndex(s_kinds, k => string.Equals(k.Name, names[i], StringComparison.OrdinalIgnoreCase));
            if (match < 0)
            {
                return null;
            }

            chosen[i] = s_kinds[match].Kind;
        }

        return chosen;
    }
}
