using System.CommandLine;
using System.Runtime.InteropServices;
using Medline.Parser.Cli;

// On linux-x64 the native tool hands over to its x86-64-v3 build when the CPU has it (NativeVariant).
NativeVariant.ExecBest(args);

// Ctrl+C / SIGTERM cancel the run: the command deletes its temporary output file at once (a token callback) and stops
// at the next record. A run blocked on a read that never returns (a stalled pipe) is ended 2 s later with 130.
using var cancellation = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
    _ = Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None).ContinueWith(
        static _ =>
        {
            Console.Error.WriteLine("medline: interrupted; no output file was written");
            Environment.Exit(ExitCodes.Cancelled);
        },
        TaskScheduler.Default);
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await MedlineCli.RunAsync(args, CliEnvironment.FromConsole(), configuration, cancellation.Token).ConfigureAwait(false);
