using System.Text;
using System.Runtime.InteropServices;

namespace Medline.Parser.Cli;

/// <summary>
/// The process's standard output and error as plain <c>write(2)</c>s to descriptors 1 and 2 (on Unix), not .NET's
/// console streams. Why: the console stream drops EPIPE (a closed pipe: <c>medline convert … | head</c> ran to the end and exited
/// 0), and every console write takes one lock shared by stdout and stderr, so a write blocked on a full stdout pipe also
/// blocked the Ctrl+C message on stderr and the run never ended.
/// </summary>
internal static class StandardStreams
{
    /// <summary>Standard output as a stream (the JSON payload).</summary>
    public static Stream OpenOutput() => Open(1, Console.OpenStandardOutput);

    /// <summary>A text writer on standard output (help and stats), flushed at every write.</summary>
    public static TextWriter CreateOutputWriter() => CreateWriter(OpenOutput());

    /// <summary>A text writer on standard error (diagnostics, the summary, errors), flushed at every write.</summary>
    public static TextWriter CreateErrorWriter() => CreateWriter(Open(2, Console.OpenStandardError));

    /// <summary>The descriptor <paramref name="fd"/> as a write stream that leaves it open, or null when it is not open for writing.</summary>
    public static Stream? TryOpenDescriptor(int fd) =>
        OperatingSystem.IsWindows() || !DescriptorStream.IsOpenForWriting(fd) ? null : new DescriptorStream(fd);

    private static Stream Open(int fd, Func<Stream> console) => TryOpenDescriptor(fd) ?? console();

    private static StreamWriter CreateWriter(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: true) { AutoFlush = true };
}

/// <summary>
/// Writes to a file descriptor with <c>write(2)</c>, as C programs do: the descriptor's own offset and append mode are
/// kept (a <see cref="FileStream"/> on a regular file writes at an offset of its own, so stdout and stderr redirected to
/// one file overwrote each other), and every error, EPIPE included, is an <see cref="IOException"/>.
/// </summary>
internal sealed partial class DescriptorStream(int fd) : Stream
{
    private const int Eintr = 4;
    private const int FGetFl = 3;
    private const int OAccMode = 3;
    private const int ORdOnly = 0;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static bool IsOpenForWriting(int fd)
    {
        try
        {
            var flags = Fcntl(fd, FGetFl);
            return flags >= 0 && (flags & OAccMode) != ORdOnly;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                var n = WriteNative(fd, start + written, buffer.Length - written);
                if (n < 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    if (errno == Eintr)
                    {
                        continue;
                    }

                    throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
                }

                written += (int)n;
            }
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteNative(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int Fcntl(int fd, int command);
}
