namespace AutoDiff.Interactive.Tests.Progress;

/// <summary>A fresh folder under the system's temporary folder, deleted on dispose: progress tests
/// never touch the repository's own progress file.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lesson-progress-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
