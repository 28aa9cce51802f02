using System.Runtime.InteropServices;

namespace Medline.Parser.Cli.Output;

/// <summary>What a path names, after following symbolic links: what <c>-o</c> must know before it writes.</summary>
internal enum FileKind
{
    /// <summary>Nothing (or a dangling link).</summary>
    Missing,

    /// <summary>A regular file, or a kind this platform cannot tell (then it is treated as one).</summary>
    Regular,

    Directory,

    /// <summary>A named pipe.</summary>
    Fifo,

    /// <summary>A character device: <c>/dev/null</c>, a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk): never written to.</summary>
    BlockDevice,

    /// <summary>A Unix socket: cannot be opened as a file.</summary>
    Socket,
}

/// <summary>
/// The kind of a file by <c>statx</c> (Linux; .NET has no API for it: <see cref="File.Exists"/> is true for a device).
/// Its structure is the same on every architecture, unlike <c>stat</c>'s.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 1;
    private const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid, stx_mode
    private const int StatxSize = 256;

    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (!OperatingSystem.IsLinux())
        {
            return FileKind.Regular;
        }

        Span<byte> buffer = stackalloc byte[StatxSize];
        try
        {
            if (Statx(path, buffer) != 0)
            {
                return FileKind.Regular; // it exists (above): the checks on the way will tell more
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Regular; // a C library without statx (glibc < 2.28)
        }

        return FromMode(BitConverter.ToUInt16(buffer[ModeOffset..]));
    }

    /// <summary>The kind from the file-type bits of a Unix mode (<c>S_IFMT</c>).</summary>
    internal static FileKind FromMode(int mode) => (mode & 0xF000) switch
    {
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x4000 => FileKind.Directory,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Regular,
    };

    private static unsafe int Statx(string path, Span<byte> buffer)
    {
        fixed (byte* statx = buffer)
        {
            return Statx(AtFdCwd, path, 0, StatxType, statx);
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int dirFd, string path, int flags, uint mask, byte* buffer);
}
