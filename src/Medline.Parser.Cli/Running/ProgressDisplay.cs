using Spectre.Console;

namespace Medline.Parser.Cli.Running;

/// <summary>
/// A progress bar on stderr, by bytes read of the input files: shown only when stderr is a terminal, the total size
/// is known (no standard input) and the run lasts longer than <see cref="CliEnvironment.ProgressDelay"/>. While it is
/// shown, diagnostic lines go through the same console so they print above it.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private readonly TextWriter _error;
    private readonly object _lock = new();
    private readonly CancellationTokenSource _done = new();
    private readonly Task? _task;
    private IAnsiConsole? _console;

    public ProgressDisplay(CliEnvironment environment, TextWriter error, IReadOnlyList<InputSource> inputs, ByteCounter counter, bool enabled)
    {
        _error = error;
        var total = inputs.Sum(static i => i.Length);
        if (enabled && environment.ErrorIsTerminal && total > 0 && inputs.All(static i => !i.IsStdin))
        {
            _task = Task.Run(() => ShowAsync(environment.ProgressDelay, total, counter, _done.Token));
        }
    }

    public void WriteLine(string line)
    {
        lock (_lock)
        {
            if (_console is { } console)
            {
                console.Profile.Out.Writer.Flush();
                console.WriteLine(line, Style.Plain);
            }
            else
            {
                _error.WriteLine(line);
            }
        }
    }

    private async Task ShowAsync(TimeSpan delay, long total, ByteCounter counter, CancellationToken done)
    {
        try
        {
            await Task.Delay(delay, done).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_error),
            Interactive = InteractionSupport.Yes,
        });
        lock (_lock)
        {
            _console = console;
        }

        try
        {
            await console.Progress()
                .AutoClear(true)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                    new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Reading", maxValue: total);
                    while (!done.IsCancellationRequested)
                    {
                        task.Value = Math.Min(counter.Bytes, total);
                        try
                        {
                            await Task.Delay(100, done).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException)
                        {
                            break;
                        }
                    }

                    task.Value = Math.Min(counter.Bytes, total);
                }).ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
            {
                _console = null;
            }
        }
    }

    /// <summary>Stops and clears the bar (before the summary line is printed).</summary>
    public void Dispose()
    {
        _done.Cancel();
        try
        {
            _task?.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // A broken terminal must not fail the run.
        }

        _done.Dispose();
    }
}
