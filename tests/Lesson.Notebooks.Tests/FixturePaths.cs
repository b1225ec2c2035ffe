namespace Lesson.Notebooks.Tests;

/// <summary>Where the fixture notebooks and the repository are.</summary>
internal static class FixturePaths
{
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>A fresh folder under the system temp folder, with a copy of the named fixtures.</summary>
    public static string CopyToTemp(params string[] fixtures)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lesson-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var name in fixtures)
            File.Copy(Fixture(name), Path.Combine(folder, name));
        return folder;
    }
}
