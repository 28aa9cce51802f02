using Sprache;

namespace Medline.Parser.Grammar;

/// <summary>
/// What went wrong (or is suspicious) in one value: a <see cref="DiagnosticCodes"/> code, its severity, the 0-based
/// offset within the value where the problem starts, and a short description (<c>expected month</c>).
/// </summary>
internal readonly record struct ValueProblem(string Code, DiagnosticSeverity Severity, int Offset, string Message);

/// <summary>
/// The result of parsing one field value: either a typed <see cref="Value"/> (possibly with a non-fatal
/// <see cref="Problem"/>, such as a failed checksum), or no value and a <see cref="Problem"/> saying where and why
/// parsing failed. <see cref="Raw"/> is always the input, so nothing is lost.
/// </summary>
internal readonly record struct ParseOutcome<T>(T? Value, string Raw, ValueProblem? Problem)
    where T : class
{
    /// <summary>True when a typed value was produced (it may still carry a warning in <see cref="Problem"/>).</summary>
    public bool IsSuccess => Value is not null;

    public static ParseOutcome<T> Ok(T value, string raw) => new(value, raw, null);

    public static ParseOutcome<T> Ok(T value, string raw, ValueProblem? problem) => new(value, raw, problem);

    public static ParseOutcome<T> Fail(string raw, string code, DiagnosticSeverity severity, int offset, string message) =>
        new(null, raw, new ValueProblem(code, severity, offset, message));
}

internal static partial class FieldGrammar
{
    /// <summary>Turns a failed Sprache result into a problem at its remainder's offset.</summary>
    internal static ValueProblem ProblemFrom<TResult>(IResult<TResult> failure, string code, DiagnosticSeverity severity, int baseOffset = 0)
    {
        var offset = baseOffset + failure.Remainder.Position;
        return new ValueProblem(code, severity, offset, Describe(failure));
    }

    /// <summary>A short "expected ..." text from Sprache's expectations, or its message when it has none.</summary>
    internal static string Describe<TResult>(IResult<TResult> failure)
    {
        var expected = failure.Expectations.Distinct().Select(e => e.Length == 1 ? "'" + e + "'" : e).ToArray();
        if (expected.Length > 0)
        {
            return "expected " + string.Join(" or ", expected);
        }

        return failure.Message.TrimEnd('.');
    }

    internal static ParseOutcome<T> FailFrom<T, TResult>(string raw, IResult<TResult> failure, string code, DiagnosticSeverity severity)
        where T : class =>
        new(null, raw, ProblemFrom(failure, code, severity));

    /// <summary>Which implementation an entry point may use; tests force <see cref="SpracheOnly"/> for parity checks.</summary>
    internal enum GrammarPath
    {
        /// <summary>Try the span fast path, fall back to Sprache.</summary>
        Auto,

        /// <summary>Skip the fast path.</summary>
        SpracheOnly,
    }
}
