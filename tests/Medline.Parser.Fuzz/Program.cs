using System.Diagnostics;
using System.Globalization;
using System.Text;
using SharpFuzz;

namespace Medline.Parser.Fuzzing;

/// <summary>
/// The fuzz harness. run-fuzz.sh drives it; by hand:
/// <c>instrument DLL</c> instruments Medline.Parser.dll in place for afl++; no argument is the afl++ target (reads
/// one input, or many under afl-fuzz's fork server, and checks <see cref="MedlineInvariants"/>);
/// <c>seeds CORPUS OUT MAX</c> writes the corpus's records as seed files; <c>repro FILE…</c> checks saved inputs
/// and prints what each breaks; <c>minimize FILE OUT</c> cuts an input down to what still breaks the same way; <c>mutate SECONDS SEED CORPUS OUT</c> fuzzes in process with <see cref="Mutator"/>
/// (no afl needed) and saves each distinct failure.
/// </summary>
internal static class Program
{
    /// <summary>The optional checks to run: MEDLINE_FUZZ_CHECKS, a comma-separated list of <see cref="MedlineInvariants.Checks"/> names; All when unset.</summary>
    private static MedlineInvariants.Checks s_checks = MedlineInvariants.Checks.All;

    private static int Main(string[] args)
    {
        if (Environment.GetEnvironmentVariable("MEDLINE_FUZZ_CHECKS") is { Length: > 0 } names)
        {
            if (!Enum.TryParse(names, ignoreCase: true, out s_checks) || names.Any(char.IsDigit))
            {
                Console.Error.WriteLine($"MEDLINE_FUZZ_CHECKS='{names}': expected names among {string.Join(", ", Enum.GetNames<MedlineInvariants.Checks>())}, separated by commas");
                return 2;
            }
        }

        switch (args)
        {
            case []:
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    MedlineInvariants.Check(copy.ToArray(), s_checks);
                });
                return 0;
            case ["instrument", var dll]:
                var types = Fuzzer.Instrument(dll, name => name.StartsWith("Medline.Parser", StringComparison.Ordinal), Options.Value);
                Console.WriteLine($"instrumented {types.Count()} types of {dll}");
                return 0;
            case ["seeds", var corpus, var output, var max]:
                return Seeds(corpus, output, int.Parse(max, CultureInfo.InvariantCulture));
            case ["repro", .. var files]:
                return Repro(files);
            case ["minimize", var file, var output]:
                return Minimize(file, output);
            case ["mutate", var seconds, var seed, var corpus, var output]:
                return Mutate(int.Parse(seconds, CultureInfo.InvariantCulture), int.Parse(seed, CultureInfo.InvariantCulture), corpus, output);
            default:
                Console.Error.WriteLine("usage: Medline.Parser.Fuzz [instrument DLL | seeds CORPUS OUT MAX | repro FILE... | minimize FILE OUT | mutate SECONDS SEED CORPUS OUT]");
                return 2;
        }
    }

    private static int Seeds(string corpus, string output, int max)
    {
        Directory.CreateDirectory(output);
        var seeds = Mutator.CorpusRecords(corpus, max);
        for (var i = 0; i < seeds.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(output, $"record-{i:D4}.txt"), seeds[i]);
        }

        Console.WriteLine($"{seeds.Count} seed records written to {output}");
        return seeds.Count > 0 ? 0 : 1;
    }

    private static int Repro(string[] files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                MedlineInvariants.Check(File.ReadAllBytes(file), s_checks);
                Console.WriteLine($"{file}: ok");
            }
#pragma warning disable CA1031 // a crash of any kind is what is reported here
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                Console.WriteLine($"{file}: {Describe(e)}");
                Console.WriteLine($"  input: {MedlineInvariants.Escape(Encoding.UTF8.GetString(File.ReadAllBytes(file)))}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>The failure an input gives, or null when it keeps every invariant.</summary>
    private static string? Failure(byte[] input)
    {
        try
        {
            MedlineInvariants.Check(input, s_checks);
            return null;
        }
#pragma warning disable CA1031 // a crash of any kind is what is looked for
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Key(e);
        }
    }

    /// <summary>Removes stretches of bytes, halving their length, for as long as the input fails in the same way.</summary>
    private static int Minimize(string file, string output)
    {
        var input = File.ReadAllBytes(file);
        var failure = Failure(input);
        if (failure is null)
        {
            Console.Error.WriteLine($"{file} keeps every invariant: nothing to minimize");
            return 1;
        }

        // Rounds until a whole round removes nothing.
        for (var before = -1; before != input.Length;)
        {
            before = input.Length;
            for (var length = Math.Max(1, input.Length / 2); length >= 1; length = length == 1 ? 0 : length / 2)
            {
                for (var at = 0; at + length <= input.Length;)
                {
                    byte[] shorter = [.. input.AsSpan(0, at), .. input.AsSpan(at + length)];
                    if (Failure(shorter) == failure)
                    {
                        input = shorter;
                    }
                    else
                    {
                        at += length;
                    }
                }
            }
        }

        File.WriteAllBytes(output, input);
        Console.WriteLine($"{input.Length} bytes, {failure}: {MedlineInvariants.Escape(Encoding.UTF8.GetString(input))}");
        return 0;
    }

    private static int Mutate(int seconds, int seed, string corpus, string output)
    {
        Directory.CreateDirectory(output);
        var mutator = new Mutator(seed, Mutator.CorpusRecords(corpus, 400));
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        long executions = 0, failures = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var input = mutator.Next();
            executions++;
            try
            {
                MedlineInvariants.Check(input, s_checks);
            }
#pragma warning disable CA1031 // every crash is counted and saved
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                var key = Key(e);
                if (!distinct.TryGetValue(key, out var seen))
                {
                    File.WriteAllBytes(Path.Combine(output, $"failure-{distinct.Count:D3}.txt"), input);
                    Console.WriteLine($"failure-{distinct.Count:D3}: {Describe(e)}");
                }

                distinct[key] = seen + 1;
            }
        }

        var rate = executions / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"executions: {executions}, exec/s: {rate:F0}, failing inputs: {failures}, distinct failures: {distinct.Count}"));
        return distinct.Count == 0 ? 0 : 1;
    }

    /// <summary>What tells two failures apart: the invariant broken and where, or the exception type and the throwing method.</summary>
    private static string Key(Exception e) => e is InvariantViolationException v
        ? $"{v.Invariant} [{v.Reader}] {Shape(v.Message)}"
        : $"{e.GetType().Name} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";

    /// <summary>A message without its numbers and quoted text, cut short: failures of one kind share it.</summary>
    private static string Shape(string message)
    {
        var words = message.Split(' ').Where(w => !w.Any(char.IsDigit) && !w.Contains('"', StringComparison.Ordinal)).Take(8);
        return string.Join(' ', words);
    }

    private static string Describe(Exception e) => e is InvariantViolationException
        ? e.Message
        : $"{e.GetType().FullName}: {e.Message}\n{e.StackTrace}";
}
