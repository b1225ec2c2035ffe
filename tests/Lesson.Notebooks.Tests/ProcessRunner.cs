using System.Diagnostics;
using System.Text;

namespace Lesson.Notebooks.Tests;

/// <summary>Runs a command to completion, capturing its output, and kills it if it overruns.</summary>
internal static class ProcessRunner
{
    public static Task<(int ExitCode, string Output)> RunAsync(string fileName, string workingDirectory, TimeSpan limit, params string[] args) =>
        RunWithEnvironmentAsync(fileName, workingDirectory, limit, new Dictionary<string, string>(), args);

    public static async Task<(int ExitCode, string Output)> RunWithEnvironmentAsync(string fileName, string workingDirectory, TimeSpan limit,
        IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        // The last event of each stream carries null (the stream closed): it is not a line.
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Append(output, $"(killed after {limit.TotalSeconds} s)");
        }
        lock (output)
            return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    /// <summary>The dotnet host running these tests (the SDK sets DOTNET_HOST_PATH), else "dotnet".</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
