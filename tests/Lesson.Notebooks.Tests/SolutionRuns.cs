using System.Collections.Concurrent;
using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Tests;

/// <summary>Runs each real notebook once per test class and shares the result.</summary>
public sealed class SolutionRuns
{
    private readonly ConcurrentDictionary<string, Lazy<Task<NotebookRun>>> _runs = new();

    public Task<NotebookRun> Run(string path) =>
        _runs.GetOrAdd(path, p => new Lazy<Task<NotebookRun>>(() =>
            new NotebookExecutor(new ExecutionOptions(TimeSpan.FromSeconds(180))).RunAsync(p))).Value;
}
