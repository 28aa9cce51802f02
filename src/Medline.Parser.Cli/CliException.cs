namespace Medline.Parser.Cli;

/// <summary>
/// A failure that ends the run with one line on stderr (<c>medline: error: MESSAGE</c>) and the given exit code,
/// never a stack trace.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException(int exitCode, string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public CliException()
    {
        ExitCode = ExitCodes.InternalError;
    }

    public CliException(string message)
        : this(ExitCodes.InternalError, message)
    {
    }

    public CliException(string message, Exception innerException)
        : this(ExitCodes.InternalError, message, innerException)
    {
    }

    public int ExitCode { get; }
}
