using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>
/// The learner's progress on disk: one small JSON file, <c>{"exercises":{"1.2.40.3":"wrong", …}}</c>,
/// that every check of every kernel updates. A write takes a lock file (several kernels may check at
/// once), reads, changes one entry and replaces the file atomically (temporary file, then rename),
/// so a reader never sees half a file. A missing file reads as empty; a damaged one reads as empty
/// too, is kept beside it as <c>….damaged</c>, and is rewritten by the next check, with
/// <see cref="TakeNote"/> saying so once. Nothing here throws into a check.
/// </summary>
public sealed class ProgressStore
{
    /// <summary>The file's name at the repository root (git ignores it).</summary>
    public const string FileName = ".lesson-progress.json";

    /// <summary>An environment variable that, when set, names the file instead (tests point it at a temporary folder).</summary>
    public const string LocationVariable = "LESSON_PROGRESS_FILE";

    // Long enough for any other kernel's read-change-rename (milliseconds); a lock held longer
    // belongs to a stuck process, and the check goes on without recording.
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    private readonly object gate = new();
    private string? note;

    /// <summary>A store in the file <paramref name="path"/> (created on the first record).</summary>
    public ProgressStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The progress file.</summary>
    public string Path { get; }

    /// <summary>The file that marks the lesson repository's root: its solution file, which a clone
    /// and a downloaded archive both have (a <c>.git</c> folder only the first).</summary>
    public static string RootMarker => $"Lesson-{Lesson.Version}.sln";

    /// <summary>The store named by <see cref="LocationVariable"/>, else the one at the root of the
    /// repository that holds <paramref name="folder"/> (the first folder up that has
    /// <see cref="RootMarker"/>), else null: outside the lesson's repository nothing is recorded.</summary>
    public static ProgressStore? Locate(string folder)
    {
        if (Environment.GetEnvironmentVariable(LocationVariable) is { Length: > 0 } path)
            return new ProgressStore(path);
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, RootMarker)))
                return new ProgressStore(System.IO.Path.Combine(dir.FullName, FileName));
        }
        return null;
    }

    /// <summary>The recorded state of every exercise id; empty when the file is missing or damaged.</summary>
    public IReadOnlyDictionary<string, ExerciseState> Read()
    {
        lock (gate)
            return Load().States;
    }

    /// <summary>
    /// Records <paramref name="state"/> for <paramref name="exerciseId"/>. "Not attempted yet" never
    /// replaces a verdict already recorded (a check run before the cells above it, after a kernel
    /// restart, does not undo the learner's work). Returns false when the file could not be written.
    /// </summary>
    public bool Record(string exerciseId, ExerciseState state)
    {
        ArgumentNullException.ThrowIfNull(exerciseId);
        lock (gate)
        {
            try
            {
                using var held = AcquireLock();
                if (held is null) return false;
                var (states, damaged) = Load();
                if (state == ExerciseState.NotAttempted && states.ContainsKey(exerciseId)) return true;
                if (damaged) File.Copy(Path, Path + ".damaged", overwrite: true);
                states[exerciseId] = state;
                Replace(states);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                note ??= $"Progress could not be saved to {Path} ({e.Message}); the checks work as before.";
                return false;
            }
        }
    }

    /// <summary>The remark about a damaged or unwritable file, once (null afterwards, or when there is none).</summary>
    public string? TakeNote()
    {
        lock (gate)
        {
            string? taken = note;
            note = null;
            return taken;
        }
    }

    private (Dictionary<string, ExerciseState> States, bool Damaged) Load()
    {
        var states = new Dictionary<string, ExerciseState>(StringComparer.Ordinal);
        string text;
        try
        {
            text = File.ReadAllText(Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (states, false);
        }
        if (Parse(text, states)) return (states, false);
        note ??= $"The progress file {Path} was damaged; progress starts again from the next check (the old file is kept as {FileName}.damaged).";
        states.Clear();
        return (states, true);
    }

    private static bool Parse(string text, Dictionary<string, ExerciseState> states)
    {
        try
        {
            if (JsonNode.Parse(text) is not JsonObject { } doc || doc["exercises"] is not JsonObject exercises) return false;
            foreach (var (id, value) in exercises)
            {
                if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && ExerciseStates.TryParse(v.GetValue<string>(), out var state))
                    states[id] = state;
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Replace(Dictionary<string, ExerciseState> states)
    {
        var exercises = new JsonObject();
        foreach (var (id, state) in states.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            exercises[id] = state.Key();
        string json = new JsonObject { ["exercises"] = exercises }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        string temporary = $"{Path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, json + "\n");
            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // Another kernel holds the lock for a few milliseconds at most: wait for it to let go. On
    // Linux and macOS .NET backs FileShare.None with an advisory lock, released when the holder exits.
    private FileStream? AcquireLock()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(5);
            }
            catch (IOException)
            {
                note ??= $"Progress was not saved: another process has held {Path}.lock for {LockWait.TotalSeconds:0} s.";
                return null;
            }
        }
    }
}
