namespace Medline.Parser.Cli;

/// <summary>The process exit codes of <c>medline</c>, as documented in <c>--help</c> and docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Success; warnings (and, without <c>--strict</c>, errors in <c>convert</c>) are allowed.</summary>
    public const int Success = 0;

    /// <summary>Data errors: <c>--strict</c> met an error, or <c>validate</c> found errors.</summary>
    public const int DataErrors = 1;

    /// <summary>Usage error: unknown option, bad value, output path equal to an input.</summary>
    public const int Usage = 2;

    /// <summary>An input is missing or unreadable, or the output cannot be written.</summary>
    public const int InputOutput = 3;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT); any temporary output file is deleted.</summary>
    public const int Cancelled = 130;

    /// <summary>An unexpected failure inside medline (a bug: please report it).</summary>
    public const int InternalError = 70;

    /// <summary>The line printed when a run is interrupted.</summary>
    public const string InterruptedMessage = "medline: interrupted; no output file was written";

    /// <summary>
    /// How long after Ctrl+C a run still blocked (a stalled input pipe, a full output pipe) is ended with 130: long
    /// enough for a run to stop at its next record and clean up, short enough to end within 2 s.
    /// </summary>
    public static readonly TimeSpan GraceTime = TimeSpan.FromSeconds(1);

    public const string HelpText = """
        Exit codes:
          0    success (warnings allowed; convert without --strict also converts records that hold errors)
          1    data errors: --strict met an error, or validate found errors
          2    usage error (unknown option, bad value, output path is one of the inputs)
          3    an input is missing or unreadable, or the output cannot be written (also a closed pipe)
          70   internal error (a bug in medline: please report it)
          130  interrupted (Ctrl+C); no partial output file is left
        """;
}
