using System.CommandLine;
using System.Runtime.InteropServices;
using Medline.Parser.Cli;

// On linux-x64 the native tool hands over to its x86-64-v3 build when the CPU has it (NativeVariant).
NativeVariant.ExecBest(args);

var output = StandardStreams.CreateOutputWriter();
var error = StandardStreams.CreateErrorWriter();

// Ctrl+C / SIGTERM cancel the run: the command deletes its temporary output file at once (a token callback) and stops
// at the next record. A run blocked where no token reaches (a read from a stalled pipe, a write to a full one) is
// ended after GraceTime with 130. The timer starts before anything else is done here, so nothing can delay it.
using var cancellation = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    _ = Task.Delay(ExitCodes.GraceTime, CancellationToken.None).ContinueWith(
        _ =>
        {
            // Even the message must not hold the exit back (stderr may be a full pipe too).
            Task.Run(() => error.WriteLine(ExitCodes.InterruptedMessage)).Wait(TimeSpan.FromMilliseconds(200));
            Environment.Exit(ExitCodes.Cancelled);
        },
        TaskScheduler.Default);
    ThreadPool.QueueUserWorkItem(static source => source.Cancel(), cancellation, preferLocal: false);
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null, Output = output, Error = error };
var environment = CliEnvironment.FromConsole();
return await MedlineCli.RunAsync(args, environment, configuration, cancellation.Token).ConfigureAwait(false);
