namespace Lesson.Notebooks.Tests;

/// <summary>
/// Tests that run notebooks in this process share process-wide state (the working directory, the
/// formatters): they run one at a time, never alongside other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OneKernelAtATime
{
    public const string Name = "Kernel";
}
