using System.CommandLine;
using System.Text;

namespace Medline.Parser.Cli.Commands;

/// <summary>Options shared by the commands.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs(string description) => new("INPUT")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public const string InputsHelp =
        "MEDLINE files (.txt, .nbib, .medline or any name), folders (their .txt/.nbib/.medline files, recursively), " +
        "or '-' for standard input (the default when none is given)";

    /// <summary><c>--output PATH</c> (<c>-o</c>): a file written under a temporary name and renamed at the end, or <c>-</c>.</summary>
    public static Option<string?> Output()
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to PATH instead of standard output ('-' is standard output). The file is written " +
                "under a temporary name beside PATH and renamed at the end: a failed run leaves no partial file",
            HelpName = "PATH",
        };
        output.Validators.Add(static result =>
        {
            if (result.Tokens is [{ Value: var path }] && (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal)))
            {
                result.AddError("an empty output path was given to --output");
            }
        });
        return output;
    }

    public static Option<bool> Strict(string description) => new("--strict") { Description = description };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Do not print diagnostic lines or the progress bar (the summary line is still printed)",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Also print info diagnostics (such as unknown tags)",
    };

    /// <summary>The names <c>--encoding</c> takes (any case), with the encoding each one reads; UTF-8 is the reader's default (null).</summary>
    private static readonly (string[] Names, Func<Encoding?> Get)[] Encodings =
    [
        (["utf-8", "utf8"], static () => null),
        (["latin1", "latin-1", "iso-8859-1"], static () => System.Text.Encoding.Latin1),
        (["windows-1252", "cp1252"], static () => CodePagesEncodingProvider.Instance.GetEncoding(1252)),
    ];

    public static Option<Encoding?> Encoding() => new("--encoding")
    {
        Description = "The encoding of the input files and standard input: utf-8 (the default), latin1 or windows-1252. " +
            "A byte order mark overrides it; gzip-compressed input is read either way",
        HelpName = "NAME",
        CustomParser = static result =>
        {
            var name = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            foreach (var (names, get) in Encodings)
            {
                if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    return get();
                }
            }

            result.AddError($"unknown encoding '{name}' for --encoding; use {string.Join(", ", Encodings.Select(static e => e.Names[0]))}");
            return null;
        },
    };

    /// <summary><c>--no-recover</c>: sets <see cref="MedlineReaderOptions.RecoverFlattenedRecords"/> to false.</summary>
    public static Option<bool> NoRecover() => new("--no-recover")
    {
        Description = "Do not split lines that lost their line breaks back into fields and records: report each such " +
            "line as an error (MED1014) instead",
    };
}

/// <summary>
/// The options of every command that reads MEDLINE text (<c>--encoding</c>, <c>--no-recover</c>), and the reader
/// options they make: one place for what a reading command passes on to the library.
/// </summary>
internal sealed class ReadingOptions
{
    public Option<Encoding?> Encoding { get; } = CommonOptions.Encoding();

    public Option<bool> NoRecover { get; } = CommonOptions.NoRecover();

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Encoding);
        command.Options.Add(NoRecover);
    }

    /// <summary>The reader options the parsed command line asks for (the runner adds the source name and strictness).</summary>
    public MedlineReaderOptions Read(ParseResult result) => MedlineReaderOptions.Default with
    {
        Encoding = result.GetValue(Encoding),
        RecoverFlattenedRecords = !result.GetValue(NoRecover),
    };
}
