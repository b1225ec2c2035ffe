using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Benchmarks;

/// <summary>
/// BenchmarkDotNet's ShortRun job (3 warm-ups, 3 measured iterations), in process: its generated
/// child project does not build under the repository's artifacts output layout (UseArtifactsOutput),
/// and in process also skips a rebuild per benchmark class. For the slow forward-vs-reverse sweep.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.DisableLogFile);
    }
}

/// <summary>
/// More measured iterations (20) for the millisecond benchmarks whose ratio is the point: on a
/// shared, busy machine a 3-iteration ratio is mostly noise. Min and Median columns show the
/// figures least disturbed by other processes. Still in process (see above).
/// </summary>
public sealed class RatioRunConfig : ManualConfig
{
    public RatioRunConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3).WithIterationCount(20).WithLaunchCount(1).WithId("Ratio-InProcess"));
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.DisableLogFile);
    }
}
