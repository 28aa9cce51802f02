using System.Globalization;

namespace Medline.Parser.Cli.Running;

/// <summary>
/// Prints diagnostics to stderr as <c>PATH(LINE,COL): warning|error CODE: message</c> (the library's
/// <see cref="MedlineDiagnostic.ToString"/>), at most <see cref="MaxPerFile"/> per input followed by one line saying how
/// many more there were, counts warnings and errors, and prints the one-line summary.
/// </summary>
internal sealed class DiagnosticReporter
{
    public const int MaxPerFile = 100;

    /// <summary>The CLI's own code for an input with no record at all (empty, or only blank lines).</summary>
    public const string NoRecordsCode = DiagnosticCodes.EmptyInput;

    private readonly Action<string> _writeLine;
    private readonly bool _quiet;
    private readonly bool _verbose;
    private int _shownInFile;
    private int _hiddenInFile;

    public DiagnosticReporter(Action<string> writeLine, bool quiet, bool verbose)
    {
        _writeLine = writeLine;
        _quiet = quiet;
        _verbose = verbose;
    }

    public int Files { get; private set; }

    public long Records { get; private set; }

    public long Warnings { get; private set; }

    public long Errors { get; private set; }

    public long Infos { get; private set; }

    public void BeginFile()
    {
        Files++;
        _shownInFile = 0;
        _hiddenInFile = 0;
    }

    public void EndFile(InputSource input, long recordsInFile, bool warnIfEmpty = true)
    {
        if (recordsInFile == 0 && warnIfEmpty)
        {
            Report(new MedlineDiagnostic(DiagnosticSeverity.Warning, NoRecordsCode,
                "the input holds no MEDLINE record (it is empty or only blank lines)", new SourcePosition(0, 1, 1),
                input.DisplayName));
        }

        if (_hiddenInFile > 0)
        {
            _writeLine(string.Create(CultureInfo.InvariantCulture,
                $"{input.DisplayName}: {_hiddenInFile} more diagnostics not shown (the first {MaxPerFile} are)"));
        }
    }

    public void CountRecord() => Records++;

    public void CountRecords(int count) => Records += count;

    /// <summary>Counts and prints one diagnostic; returns whether it is an error.</summary>
    public bool Report(MedlineDiagnostic diagnostic)
    {
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                Errors++;
                break;
            case DiagnosticSeverity.Warning:
                Warnings++;
                break;
            default:
                Infos++;
                if (!_verbose)
                {
                    return false;
                }

                break;
        }

        if (!_quiet)
        {
            if (_shownInFile < MaxPerFile)
            {
                _shownInFile++;
                _writeLine(diagnostic.ToString());
            }
            else
            {
                _hiddenInFile++;
            }
        }

        return diagnostic.Severity == DiagnosticSeverity.Error;
    }

    public string Summary(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"medline: {Files} {Plural(Files, "file")}, {Records} {Plural(Records, "record")}, {Warnings} {Plural(Warnings, "warning")}, {Errors} {Plural(Errors, "error")} in {elapsed.TotalSeconds:0.00} s");

    private static string Plural(long count, string word) => count == 1 ? word : word + "s";
}
