using System.Text.Json;

namespace AutoDiff.Interactive.Tests.Progress;

/// <summary>The progress file: missing or damaged files never break a check, writes replace the file
/// whole, and several writers at once lose nothing.</summary>
public sealed class ProgressStoreTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private ProgressStore Store() => new(folder.File(ProgressStore.FileName));

    [Fact]
    public void Read_MissingFile_IsEmptyAndSaysNothing()
    {
        var store = Store();

        Assert.Empty(store.Read());
        Assert.Null(store.TakeNote());
        Assert.False(File.Exists(store.Path));
    }

    [Fact]
    public void SelfChecked_IsWrittenByItsKey_AndAnOlderFileStillReads()
    {
        var store = Store();
        // A file written before self-checked existed: three states, a self-assessed part as "correct".
        File.WriteAllText(store.Path, """{ "exercises": { "1.2.40.1.keypoints": "correct", "1.2.40.2": "wrong", "1.2.40.3": "not-attempted" } }""");

        Assert.True(store.Record("quiz.5.keypoints", ExerciseState.SelfChecked));

        var read = store.Read();
        Assert.Null(store.TakeNote());
        Assert.Equal(ExerciseState.SelfChecked, read["quiz.5.keypoints"]);
        Assert.Equal(ExerciseState.Wrong, read["1.2.40.2"]);
        Assert.Contains("\"quiz.5.keypoints\": \"self-checked\"", File.ReadAllText(store.Path), StringComparison.Ordinal);
        Assert.Equal(ExerciseState.SelfChecked, new LessonProgress(read).Exercises.Single(e => e.Exercise.Id == "1.2.40.1.keypoints").State);
    }

    [Fact]
    public void Record_ThenRead_GivesEachExerciseItsLastState()
    {
        var store = Store();

        store.Record("1.2.40.3", ExerciseState.Wrong);
        store.Record("1.2.40.2", ExerciseState.Correct);
        store.Record("1.2.40.3", ExerciseState.Correct);

        var read = new ProgressStore(store.Path).Read();
        Assert.Equal(2, read.Count);
        Assert.Equal(ExerciseState.Correct, read["1.2.40.3"]);
        Assert.Equal(ExerciseState.Correct, read["1.2.40.2"]);
    }

    [Fact]
    public void Record_NotAttempted_NeverReplacesAVerdict()
    {
        var store = Store();
        store.Record("1.2.40.3", ExerciseState.Wrong);

        store.Record("1.2.40.3", ExerciseState.NotAttempted);
        store.Record("1.2.40.2", ExerciseState.NotAttempted);

        Assert.Equal(ExerciseState.Wrong, store.Read()["1.2.40.3"]);
        Assert.Equal(ExerciseState.NotAttempted, store.Read()["1.2.40.2"]);
    }

    [Theory]
    [InlineData("{\"exercises\":{\"1.2.40.3\":\"corr")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public void DamagedFile_ReadsAsEmpty_IsRewrittenAndSaysSoOnce(string damaged)
    {
        var store = Store();
        File.WriteAllText(store.Path, damaged);

        Assert.Empty(store.Read());
        Assert.True(store.Record("1.2.40.2", ExerciseState.Correct));

        Assert.Equal(ExerciseState.Correct, Assert.Single(new ProgressStore(store.Path).Read()).Value);
        Assert.Equal(damaged, File.ReadAllText(store.Path + ".damaged"));
        Assert.Contains("damaged", store.TakeNote(), StringComparison.Ordinal);
        Assert.Null(store.TakeNote());
    }

    [Fact]
    public void Record_ReplacesTheFileWhole_LeavingNoTemporaryFiles()
    {
        var store = Store();
        store.Record("1.2.40.2", ExerciseState.Correct);
        using var reader = new FileStream(store.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        store.Record("1.2.40.3", ExerciseState.Wrong);

        // A reader that opened the old file still reads the old file, whole: the new one was renamed over it.
        using var doc = JsonDocument.Parse(reader);
        Assert.Single(doc.RootElement.GetProperty("exercises").EnumerateObject());
        Assert.Equal(2, store.Read().Count);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void ConcurrentWriters_InThisProcess_LoseNoRecord()
    {
        var ids = Enumerable.Range(0, 40).Select(i => $"ex.{i}").ToList();

        // Separate store objects on one file, as separate kernels have.
        Parallel.ForEach(ids, new ParallelOptions { MaxDegreeOfParallelism = 8 }, id => Assert.True(Store().Record(id, ExerciseState.Correct)));

        Assert.Equal(ids.Order(StringComparer.Ordinal), Store().Read().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writer_WaitsWhileAnotherKernelHoldsTheLock_ThenWrites()
    {
        // Another kernel's lock: its own open file description with FileShare.None (an flock on
        // Linux and macOS, a share lock on Windows), exactly what a second process holds.
        var store = Store();
        Task<bool> writer;
        using (new FileStream(store.Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            writer = Task.Run(() => Store().Record("1.2.40.2", ExerciseState.Correct));
            // While the lock is held the writer waits: after any delay, the file is still absent.
            await Task.Delay(200);
            Assert.False(writer.IsCompleted);
            Assert.False(File.Exists(store.Path));
        }
        Assert.True(await writer);
        Assert.Equal(ExerciseState.Correct, store.Read()["1.2.40.2"]);
    }

    [Fact]
    public void Locate_FindsTheRepositoryRootAboveTheWorkingFolder()
    {
        File.WriteAllText(folder.File("Lesson-1.2.40.sln"), "");
        var notebooks = Directory.CreateDirectory(folder.File("notebooks")).FullName;

        var store = ProgressStore.Locate(notebooks);

        Assert.Equal(folder.File(ProgressStore.FileName), store?.Path);
    }
}
