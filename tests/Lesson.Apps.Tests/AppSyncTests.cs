using Lesson.Notebooks;
using Lesson.Notebooks.Apps;

namespace Lesson.Apps.Tests;

/// <summary>apps/ is generated from solutions/, and a drift is reported.</summary>
public sealed class AppSyncTests
{
    [Fact]
    public void CommittedApps_AreWhatSolutionsGenerate()
    {
        Assert.Empty(AppSync.Check(LessonPaths.Solutions(Apps.Root), Apps.AppsFolder));
    }

    [Fact]
    public void EditedOrExtraApp_IsReportedWithTheCommandToRun()
    {
        string copy = Path.Combine(Path.GetTempPath(), "lesson-apps-tests", "sync-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var variant in Enum.GetValues<AppVariant>())
            {
                string folder = Path.Combine(copy, AppSync.Folder(variant));
                Directory.CreateDirectory(folder);
                foreach (var file in Directory.GetFiles(Path.Combine(Apps.AppsFolder, AppSync.Folder(variant)), "*.cs"))
                    File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            File.AppendAllText(Path.Combine(copy, "learner", "01-starter.cs"), "// an edit\n");
            File.WriteAllText(Path.Combine(copy, "solutions", "99-extra.cs"), "// no notebook\n");

            var problems = AppSync.Check(LessonPaths.Solutions(Apps.Root), copy);

            Assert.Equal(2, problems.Count);
            Assert.Contains(problems, p => p.Contains("learner/01-starter.cs", StringComparison.Ordinal) && p.Contains(AppSync.GenerateCommand, StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("99-extra.cs", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
