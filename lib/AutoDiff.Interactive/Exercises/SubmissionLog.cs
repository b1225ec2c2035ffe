using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace AutoDiff.Interactive;

/// <summary>
/// Remembers which cells the kernel ran and whether each failed, so a check can tell that it is
/// about to grade a stale definition: when the last run of the cell that defines the learner's
/// method failed (a compile error keeps the previous definition, often the stub), the check says
/// so instead of grading the old code. Started by <c>Lesson.Setup()</c>; outside a kernel it
/// stays empty and no check is ever called stale.
/// </summary>
internal static partial class SubmissionLog
{
    private const int Kept = 200;
    private static readonly Lock Gate = new();
    private static readonly List<(string Code, bool Failed)> Runs = [];
    private static bool started;

    /// <summary>Starts listening to the kernel that runs the current cell (once per process); does
    /// nothing outside a notebook kernel (a plain app has no .NET Interactive assemblies to load).</summary>
    internal static void Start()
    {
        if (NotebookHost.IsActive) Subscribe();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Subscribe()
    {
        lock (Gate)
        {
            if (started || KernelInvocationContext.Current?.HandlingKernel?.RootKernel is not { } root) return;
            root.KernelEvents.Subscribe(new Listener());
            started = true;
        }
    }

    /// <summary>Records one finished cell run.</summary>
    internal static void Record(string code, bool failed)
    {
        lock (Gate)
        {
            Runs.Add((code, failed));
            if (Runs.Count > Kept) Runs.RemoveAt(0);
        }
    }

    /// <summary>Forgets every recorded run (tests).</summary>
    internal static void Clear()
    {
        lock (Gate) Runs.Clear();
    }

    /// <summary>The name of the first of <paramref name="methods"/> whose defining cell failed the
    /// last time it ran, or null when every definition is current (or cannot be told).</summary>
    internal static string? StaleDefinition(params Delegate?[] methods) =>
        StaleDefinition(NotebookHost.IsActive ? RunningCode() : null, methods);

    // The code of the cell running now; only called inside a kernel, so the JIT never needs the
    // .NET Interactive assemblies for the methods around it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? RunningCode() => (KernelInvocationContext.Current?.Command as SubmitCode)?.Code;

    private static string? StaleDefinition(string? running, Delegate?[] methods)
    {
        foreach (var name in methods.OfType<Delegate>().Select(d => SourceName(d.Method.Name)).OfType<string>())
        {
            var definition = new Regex(DefinitionPattern(name), RegexOptions.Multiline | RegexOptions.CultureInvariant);
            if (running is not null && definition.IsMatch(running)) continue; // defined by the cell running now
            (string Code, bool Failed)? last;
            lock (Gate) last = Runs.LastOrDefault(r => definition.IsMatch(r.Code));
            if (last is { Failed: true }) return name;
        }
        return null;
    }

    // A top-level method of a cell keeps its name; a local function is compiled as <Outer>g__Name|n_m;
    // a lambda has no name a learner wrote.
    internal static string? SourceName(string compiled)
    {
        if (LocalFunction().Match(compiled) is { Success: true } local) return local.Groups[1].Value;
        return compiled.Contains('<', StringComparison.Ordinal) ? null : compiled;
    }

    // "double Name(", "(int A, int B) Name(", "static Value Name<T>(": a declaration, not a call.
    private static string DefinitionPattern(string name) =>
        @"^[ \t]*(?:(?:static|public|private|internal|async)\s+)*(?!return\b|await\b|var\b|new\b)(?:\([^()\n]*\)|[\w.]+(?:<[^<>\n]*>)?(?:\[\])*\??)\s+"
        + Regex.Escape(name) + @"\s*(?:<[^<>\n]*>)?\(";

    [GeneratedRegex(@"g__(\w+)\|")]
    private static partial Regex LocalFunction();

    private sealed class Listener : IObserver<KernelEvent>
    {
        public void OnNext(KernelEvent value)
        {
            switch (value)
            {
                case CommandSucceeded { Command: SubmitCode submit }: Record(submit.Code, failed: false); break;
                case CommandFailed { Command: SubmitCode submit }: Record(submit.Code, failed: true); break;
            }
        }

        public void OnError(Exception error) { }

        public void OnCompleted() { }
    }
}
