using System.CommandLine;

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

    public static Option<bool> Strict(string description) => new("--strict") { Description = description };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Do not print diagnostic lines or the progress bar (the summary line is still printed)",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Also print info diagnostics (such as unknown tags)",
    };

    /// <summary><c>--no-recover</c>: sets <see cref="MedlineReaderOptions.RecoverFlattenedRecords"/> to false.</summary>
    public static Option<bool> NoRecover() => new("--no-recover")
    {
        Description = "Do not split lines that lost their line breaks back into fields and records: report each such " +
            "line as an error (MED1014) instead",
    };

}
