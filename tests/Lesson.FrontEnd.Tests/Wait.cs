using System.Diagnostics;

namespace Lesson.FrontEnd.Tests;

/// <summary>Waiting for a condition, polled, never for a fixed time. Each wait has its own limit,
/// generous enough for a busy 2-core machine, and says what it waited for when it gives up.</summary>
internal static class Wait
{
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan limit, Func<string> what) where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } result) return result;
            if (clock.Elapsed > limit)
                throw new TimeoutException($"Gave up after {limit.TotalSeconds:0} s waiting for {what()}");
            await Task.Delay(250);
        }
    }
}
