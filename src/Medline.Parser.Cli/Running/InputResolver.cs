namespace Medline.Parser.Cli.Running;

/// <summary>
/// Turns the INPUT arguments into the list of inputs, in the order given: a file as it is (any name), a folder as
/// its MEDLINE files (<c>.txt</c>, <c>.nbib</c>, <c>.medline</c>, gzip-compressed or not, recursively, following
/// symbolic links once, in ordinal path order), <c>-</c> or
/// nothing as standard input. Everything is checked before anything is read or written, so a missing input stops
/// the run with one line and no output file.
/// </summary>
internal static class InputResolver
{
    public static readonly string[] FolderExtensions = [".txt", ".nbib", ".medline"];

    public static IReadOnlyList<InputSource> Resolve(IReadOnlyList<string>? arguments)
    {
        if (arguments is null || arguments.Count == 0)
        {
            return [InputSource.Stdin];
        }

        var inputs = new List<InputSource>();
        var stdinSeen = false;
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (stdinSeen)
                {
                    throw new CliException(ExitCodes.Usage, "standard input ('-') can be given only once");
                }

                stdinSeen = true;
                inputs.Add(InputSource.Stdin);
                continue;
            }

            if (string.IsNullOrWhiteSpace(argument))
            {
                throw new CliException(ExitCodes.Usage, "an empty input path was given");
            }

            if (File.Exists(argument))
            {
                inputs.Add(new InputSource(argument, argument, new FileInfo(argument).Length));
            }
            else if (Directory.Exists(argument))
            {
                AddFolder(argument, inputs);
            }
            else if (argument.StartsWith('-'))
            {
                throw new CliException(ExitCodes.Usage, $"unknown option {argument}");
            }
            else
            {
                throw new CliException(ExitCodes.InputOutput, $"input not found: {argument}");
            }
        }

        return inputs;
    }

    /// <summary>
    /// Adds a folder's MEDLINE files. Symbolic links are followed once, by their real path, and no file is taken
    /// twice: the folder is walked first without following links (so a file is named by its path in the folder when
    /// it has one), then the links, each to a file or folder not seen yet (a link back up, <c>me -&gt; .</c>, or two
    /// folders linking to each other, ends there).
    /// </summary>
    private static void AddFolder(string folder, List<InputSource> inputs)
    {
        var found = new List<string>();
        var seenFolders = new HashSet<string>(PathComparer);
        var seenFiles = new HashSet<string>(PathComparer);
        var links = new Queue<string>();
        try
        {
            Walk(folder, RealPath(folder));
            while (links.TryDequeue(out var link))
            {
                if (TryRealPath(link) is not { } real)
                {
                    continue; // a broken link, or a loop of links: nothing to read there
                }

                if (Directory.Exists(real))
                {
                    Walk(link, real);
                }
                else if (File.Exists(real) && IsMedlineFile(link) && seenFiles.Add(real))
                {
                    found.Add(link);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InputOutput, $"cannot read folder {folder}: {e.Message}", e);
        }

        if (found.Count == 0)
        {
            throw new CliException(ExitCodes.InputOutput,
                $"no MEDLINE files ({string.Join(", ", FolderExtensions)}, or these with .gz) in folder {folder}");
        }

        found.Sort(StringComparer.Ordinal);
        foreach (var file in found)
        {
            inputs.Add(new InputSource(file, file, new FileInfo(file).Length));
        }

        // The folder 'path' (as the user will see its files named) whose real path is 'real'.
        void Walk(string path, string real)
        {
            if (!seenFolders.Add(real))
            {
                return;
            }

            var entries = new DirectoryInfo(path).EnumerateFileSystemInfos("*", new EnumerationOptions
            {
                RecurseSubdirectories = false,
                IgnoreInaccessible = false,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            });
            foreach (var entry in entries.OrderBy(static e => e.Name, StringComparer.Ordinal))
            {
                var child = Path.Join(path, entry.Name);
                if (entry.LinkTarget is not null)
                {
                    links.Enqueue(child);
                }
                else if (entry is DirectoryInfo)
                {
                    Walk(child, Path.Join(real, entry.Name));
                }
                else if (IsMedlineFile(child) && seenFiles.Add(Path.Join(real, entry.Name)))
                {
                    found.Add(child);
                }
            }
        }
    }

    /// <summary>
    /// A file a folder contributes: a MEDLINE extension (<see cref="FolderExtensions"/>), compressed or not
    /// (<c>export.nbib.gz</c>), or a bare <c>.gz</c> (<c>export.gz</c>); not <c>pubmed.xml.gz</c>.
    /// </summary>
    internal static bool IsMedlineFile(string path)
    {
        var name = Path.GetFileName(path.AsSpan());
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
            if (Path.GetExtension(name).IsEmpty)
            {
                return true;
            }
        }

        var extension = Path.GetExtension(name);
        foreach (var known in FolderExtensions)
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static StringComparer PathComparer => OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>The path with every symbolic link in it resolved, or <see langword="null"/> for a broken link or a loop of links.</summary>
    private static string? TryRealPath(string path)
    {
        try
        {
            return RealPath(path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The path with every symbolic link in it resolved (POSIX realpath), component by component: a link's target is
    /// read relative to the real folder that holds it.
    /// </summary>
    /// <exception cref="IOException">More than 40 links (a loop), as the kernel's limit for one path.</exception>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var hops = 0;
        while (true)
        {
            var root = Path.GetPathRoot(full)!;
            var parts = full[root.Length..].Split(
                [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? next = null;
            for (var i = 0; i < parts.Length; i++)
            {
                var candidate = Path.Join(current, parts[i]);
                var target = new FileInfo(candidate).LinkTarget;
                if (target is null)
                {
                    current = candidate;
                    continue;
                }

                if (++hops > 40)
                {
                    throw new IOException($"too many levels of symbolic links: {path}");
                }

                // The link's target in place of the link, then the rest of the path; resolved again from the root.
                next = Path.GetFullPath(Path.Join([Path.IsPathRooted(target) ? target : Path.Join(current, target), .. parts[(i + 1)..]]));
                break;
            }

            if (next is null)
            {
                return current;
            }

            full = next;
        }
    }

    /// <summary>Whether two paths name the same file (after resolving relative parts and symbolic links).</summary>
    public static bool SameFile(string a, string b) =>
        string.Equals(Canonical(a), Canonical(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return full;
        }
    }
}
