namespace Medline.Parser.Cli.Running;

/// <summary>One input of a run: a file, or standard input.</summary>
/// <param name="DisplayName">The name used in diagnostics: the path as the user wrote it (or found under a folder), or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Path">The file's path, or <see langword="null"/> for standard input.</param>
/// <param name="Length">The file's size in bytes, or 0 for standard input.</param>
internal sealed record InputSource(string DisplayName, string? Path, long Length)
{
    public const string StdinName = "<stdin>";

    public static InputSource Stdin { get; } = new(StdinName, null, 0);

    public bool IsStdin => Path is null;
}
