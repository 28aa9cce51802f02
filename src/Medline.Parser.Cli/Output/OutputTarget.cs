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
    private readonly bool _preallocated;
    private bool _done;

    private OutputTarget(Stream stream, string? path, string? tempPath, bool preallocated = false)
    {
        Stream = stream;
        _path = path;
        _tempPath = tempPath;
        _preallocated = preallocated;
    }

    public Stream Stream { get; }

    /// <summary>The temporary file being written, or <see langword="null"/> for standard output.</summary>
    public string? TempPath => _tempPath;

    public static OutputTarget ForStandardOutput(Stream stdout) => new(stdout, null, null);

    /// <summary>
    /// A temporary file beside <paramref name="path"/>, with <paramref name="expectedLength"/> bytes reserved on the
    /// disk when it is known (0: nothing reserved). Reserving the space up front spares the file system its delayed
    /// allocation while writing, and the flush of those blocks that ext4 starts when a file is renamed over another
    /// (measured: 0.42 → 0.38 s for 183 MB of NDJSON, docs/performance.md). What is left unused is released at
    /// <see cref="Commit"/>; a disk too full for the reservation only means no reservation.
    /// </summary>
    public static OutputTarget ForFile(string path, long expectedLength = 0)
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
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 1,
                PreallocationSize = expectedLength,
            };
            FileStream stream;
            try
            {
                stream = new FileStream(temp, options);
            }
            catch (IOException) when (expectedLength > 0 && !File.Exists(temp))
            {
                // Not enough free space to reserve: write without a reservation.
                options.PreallocationSize = 0;
                expectedLength = 0;
                stream = new FileStream(temp, options);
            }

            return new OutputTarget(stream, full, temp, preallocated: expectedLength > 0);
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

            if (_preallocated)
            {
                // The reservation is kept past the end of the file (the length is not changed by it): truncating at
                // the end of what was written releases the rest.
                Stream.SetLength(Stream.Position);
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
