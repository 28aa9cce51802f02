using System.Diagnostics;
using Medline.Parser.Cli.Commands;
using Medline.Parser.Cli.Output;
using Medline.Parser.Cli.Running;

namespace Medline.Parser.Cli.Tests;

/// <summary>The output file: written under a temporary name, space reserved up front and the unused rest released.</summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Disk blocks of the file, from stat (Linux); null elsewhere.</summary>
    private static long? AllocatedKiB(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%b %B", path]) { RedirectStandardOutput = true })!;
        var parts = stat.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        stat.WaitForExit();
        return long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) *
            long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    [Fact]
    public void Space_reserved_past_what_was_written_is_released_on_commit()
    {
        var path = Path.Combine(_dir.Path, "out.json");
        using (var target = OutputTarget.ForFile(path, path, expectedLength: 8 * 1024 * 1024))
        {
            target.Stream.Write("[1,2,3]\n"u8);
            target.Commit();
        }

        File.ReadAllText(path).Should().Be("[1,2,3]\n");
        AllocatedKiB(path)?.Should().BeLessThan(1024, "the 8 MiB reservation is given back");
        Directory.GetFiles(_dir.Path).Should().ContainSingle();
    }

    [Fact]
    public void A_reservation_the_disk_cannot_hold_is_dropped_not_fatal()
    {
        var path = Path.Combine(_dir.Path, "out.json");
        using (var target = OutputTarget.ForFile(path, path, expectedLength: 1L << 60))
        {
            target.Stream.Write("[]\n"u8);
            target.Commit();
        }

        File.ReadAllText(path).Should().Be("[]\n");
        Directory.GetFiles(_dir.Path).Should().ContainSingle();
    }

    [Fact]
    public void A_failed_run_leaves_no_file_whatever_was_reserved()
    {
        var path = Path.Combine(_dir.Path, "out.json");
        using (var target = OutputTarget.ForFile(path, path, expectedLength: 1024 * 1024))
        {
            target.Stream.Write("[1,"u8);
            target.Abort();
        }

        Directory.GetFiles(_dir.Path).Should().BeEmpty();
    }

    [Fact]
    public void The_reservation_follows_the_inputs_and_is_none_for_stdin()
    {
        InputSource[] files = [new("a", "a", 4000), new("b", "b", 4000)];

        ConvertCommand.ExpectedOutputLength(files, raw: false).Should().Be(14_000);
        ConvertCommand.ExpectedOutputLength(files, raw: true).Should().Be(12_000);
        ConvertCommand.ExpectedOutputLength([.. files, InputSource.Stdin], raw: false).Should().Be(0);
    }
}
