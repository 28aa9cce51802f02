namespace Medline.Parser.Cli.Output;

/// <summary>
/// Where the JSON goes: standard output, or a file written under a temporary name beside it and renamed over it
/// only when the run succeeds (<see cref="Commit"/>), so a failed or interrupted run leaves no partial file and an
/// existing file is replaced whole or not at all.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _tempPath;
    private bool _done;

    private OutputTarget(Stream stream, string? path, string? tempPath)
    {
        Stream = stream;
        _path = path;
        _tempPath = tempPath;
    }

    public Stream Stream { get; }

    /// <summary>The temporary file being written, or <see langword="null"/> for standard output.</summary>
    public string? TempPath => _tempPath;

    public static OutputTarget ForStandardOutput(Stream stdout) => new(stdout, null, null);

    public static OutputTarget ForFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliException(ExitCodes.InputOutput, $"cannot write output {path}: it is a folder");
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new CliException(ExitCodes.InputOutput, $"cannot write output {path}: folder {folder} does not exist");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Utf8JsonWriter output is drained in large blocks, so the file stream needs no buffer of its own.
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
            return new OutputTarget(stream, full, temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InputOutput, $"cannot write output {path}: {e.Message}", e);
        }
    }

    /// <summary>Completes the output: renames the temporary file over the target.</summary>
    public void Commit()
    {
        try
        {
            Stream.Flush();
            if (_path is null)
            {
                return;
            }

            Stream.Dispose();
            File.Move(_tempPath!, _path, overwrite: true);
            _done = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abort();
            throw new CliException(ExitCodes.InputOutput, $"cannot write output {_path ?? "<stdout>"}: {e.Message}", e);
        }
    }

    /// <summary>Drops the output: deletes the temporary file. Standard output is left as it is.</summary>
    public void Abort()
    {
        if (_done || _tempPath is null)
        {
            return;
        }

        _done = true;
        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // Disk full on the final flush: the file is deleted anyway.
        }

        TryDelete(_tempPath);
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the name starts with a dot and ends in .tmp.
        }
    }

    public void Dispose()
    {
        if (_path is null)
        {
            Stream.Flush();
            return;
        }

        Abort();
    }
}
