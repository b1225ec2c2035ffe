using System.Runtime.InteropServices;

namespace Lesson.Runner;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation, so that the runner can stop the running
/// notebook's kernel, publish what finished and say so, instead of dying with its child orphaned.
/// A second signal ends the runner at once, as a user pressing Ctrl-C twice expects.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private volatile string? _signal;
    private int _exitCode;

    public StopSignals() =>
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, c => OnSignal(c, "Ctrl-C (SIGINT)", 130)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => OnSignal(c, "SIGTERM", 143)),
        ];

    /// <summary>Cancelled when the first signal arrives.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The signal that stopped the run ("SIGTERM"), or null.</summary>
    public string? Signal => _signal;

    /// <summary>The conventional exit code for the signal: 128 + its number (130 for SIGINT, 143 for SIGTERM).</summary>
    public int ExitCode => _exitCode;

    private void OnSignal(PosixSignalContext context, string name, int exitCode)
    {
        if (_signal is not null)
            return; // the second signal: let the default action end the process
        context.Cancel = true;
        _exitCode = exitCode;
        _signal = name;
        _stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
        _stop.Dispose();
    }
}
