using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Medline.Parser.Cli;

/// <summary>
/// Picks the native build for the CPU. The linux-x64 tool package holds two Native AOT builds of the tool: <c>medline</c>
/// for every x86-64 CPU (the .NET baseline, x86-64-v2), and <see cref="FileName"/>, compiled for x86-64-v3 (AVX2, BMI,
/// FMA: Intel since 2013, AMD since 2015). The first replaces itself with the second (<c>execv</c>: same process id,
/// arguments, streams and exit code) when the CPU and the kernel support it.
/// </summary>
/// <remarks>
/// Why: a native build cannot choose at run time what the JIT chooses for the CPU it runs on; the library's
/// vectorized searches, the UTF-8/UTF-16 transcoding and the JSON escaping run on 128-bit vectors in the baseline
/// build, 256-bit in the v3 one (measured: 100 MiB to NDJSON 4–9 % faster). A v3 build alone would refuse to start on
/// an older CPU. <c>MEDLINE_NATIVE_VARIANT=baseline</c> keeps the baseline build.
/// </remarks>
internal static partial class NativeVariant
{
    /// <summary>The x86-64-v3 build, beside the baseline one.</summary>
    public const string FileName = "medline-x86-64-v3";

    /// <summary>Set to <c>baseline</c> to keep the baseline build.</summary>
    public const string Variable = "MEDLINE_NATIVE_VARIANT";

    /// <summary>The x86-64-v3 features as <c>/proc/cpuinfo</c> names them (LZCNT is <c>abm</c>); listed only when the kernel enables them.</summary>
    private static readonly string[] s_v3Flags = ["avx", "avx2", "bmi1", "bmi2", "fma", "f16c", "movbe", "abm"];

    /// <summary>Replaces the process with the x86-64-v3 build when this is the baseline native build and the CPU has v3; else returns.</summary>
    public static void ExecBest(string[] args)
    {
        if (RuntimeFeature.IsDynamicCodeSupported || !OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64 ||
            Environment.GetEnvironmentVariable(Variable) == "baseline" || Environment.ProcessPath is not { } self ||
            Path.GetFileName(self) == FileName)
        {
            return; // a JIT build already uses the CPU's best; or not this platform; or told not to; or it is the v3 build
        }

        var variant = Path.Combine(Path.GetDirectoryName(self)!, FileName);
        if (!File.Exists(variant) || !HasV3(ReadCpuInfo()))
        {
            return;
        }

        var argv = new string?[args.Length + 2];
        argv[0] = variant;
        args.CopyTo(argv, 1);
        try
        {
            Execv(variant, argv); // returns only when it failed: this build goes on
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No execv to call (not expected on glibc, where the native build links it directly): this build goes on.
        }
    }

    /// <summary>Whether the <c>flags</c> line of <paramref name="cpuInfo"/> lists every x86-64-v3 feature.</summary>
    internal static bool HasV3(string? cpuInfo)
    {
        if (cpuInfo is null)
        {
            return false;
        }

        foreach (var line in cpuInfo.AsSpan().EnumerateLines())
        {
            if (!line.StartsWith("flags"))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var flags = colon < 0 ? [] : line[(colon + 1)..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return s_v3Flags.All(flags.Contains);
        }

        return false;
    }

    private static string? ReadCpuInfo()
    {
        try
        {
            return File.ReadAllText("/proc/cpuinfo");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execv(string path, string?[] argv);
}
