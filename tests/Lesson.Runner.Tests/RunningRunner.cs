using System.Diagnostics;
using System.Text;

namespace Lesson.Runner.Tests;

/// <summary>
/// The lesson runner started as its own process that a test can watch while it runs: wait for a
/// line of its output, send it a signal, wait for it to end.
/// </summary>
internal sealed class RunningRunner : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly SemaphoreSlim _newLine = new(0);

    public RunningRunner(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(ProcessRunner.Dotnet)
        {
            WorkingDirectory = LessonFolders.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Lesson.Runner.dll") }.Concat(args))
            info.ArgumentList.Add(arg);
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; the limit only stops a hung runner.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(_process.HasExited, $"the runner ended before printing \"{text}\":\n{Output}");
            var next = await Task.WhenAny(_newLine.WaitAsync(timeout.Token), _process.WaitForExitAsync(timeout.Token));
            Assert.False(timeout.IsCancellationRequested, $"no \"{text}\" within {limit}:\n{Output}");
            await next;
        }
    }

    /// <summary>Sends a signal by name ("TERM", "INT") as a user or a service manager would.</summary>
    public async Task SignalAsync(string signal)
    {
        var (exitCode, output) = await ProcessRunner.RunAsync("kill", LessonFolders.Root, TimeSpan.FromMinutes(1), $"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exitCode == 0, output);
    }

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
        _newLine.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        _newLine.Release();
    }
}
