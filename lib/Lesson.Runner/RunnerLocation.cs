namespace Lesson.Runner;

/// <summary>How to start this program again as a child process: the dotnet host and the runner DLL.</summary>
internal static class RunnerLocation
{
    public static (string Host, string RunnerDll) Command()
    {
        var dll = typeof(RunnerLocation).Assembly.Location;
        // Next to a test assembly the runner DLL may lack its runtimeconfig; the build output has one.
        if (!File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
            dll = Path.Combine(Lesson.Notebooks.LessonPaths.BuildOutput(Lesson.Notebooks.LessonPaths.FindRoot(), "Lesson.Runner"), "Lesson.Runner.dll");
        return (DotnetHost(), dll);
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
