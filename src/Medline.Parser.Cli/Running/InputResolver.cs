namespace Medline.Parser.Cli.Running;

/// <summary>
/// Turns the INPUT arguments into the list of inputs, in the order given: a file as it is (any name), a folder as
/// its MEDLINE files (<c>.txt</c>, <c>.nbib</c>, <c>.medline</c>, recursively, in ordinal path order), <c>-</c> or
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

    private static void AddFolder(string folder, List<InputSource> inputs)
    {
        List<string> files;
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = false,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                MatchCasing = MatchCasing.CaseInsensitive,
            };
            files = Directory.EnumerateFiles(folder, "*", options)
                .Where(static f => FolderExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InputOutput, $"cannot read folder {folder}: {e.Message}", e);
        }

        if (files.Count == 0)
        {
            throw new CliException(ExitCodes.InputOutput,
                $"no MEDLINE files ({string.Join(", ", FolderExtensions)}) in folder {folder}");
        }

        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            inputs.Add(new InputSource(file, file, new FileInfo(file).Length));
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
