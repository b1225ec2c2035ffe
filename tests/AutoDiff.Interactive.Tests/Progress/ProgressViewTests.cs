namespace AutoDiff.Interactive.Tests.Progress;

/// <summary>The progress view lists every exercise of the catalogue with its state in the checks'
/// words, grouped by notebook, and names the right exercise to do next.</summary>
public sealed class ProgressViewTests
{
    private static LessonProgress With(params (string Id, ExerciseState State)[] states) =>
        new(states.ToDictionary(s => s.Id, s => s.State));

    [Fact]
    public void Html_ListsEveryCatalogueEntryWithItsStateKeyAndWords()
    {
        var progress = With(("1.2.40.3", ExerciseState.Correct), ("quiz.5.keypoints", ExerciseState.Wrong));

        string html = ProgressHtml.Render(progress);

        foreach (var e in ExerciseCatalogue.All)
        {
            var state = e.Id switch { "1.2.40.3" => ExerciseState.Correct, "quiz.5.keypoints" => ExerciseState.Wrong, _ => ExerciseState.NotAttempted };
            int row = html.IndexOf($"<tr data-exercise=\"{e.Id}\" data-status=\"{state.Key()}\"", StringComparison.Ordinal);
            Assert.True(row >= 0, $"{e.Id} is not listed as {state.Key()}");
            int end = html.IndexOf("</tr>", row, StringComparison.Ordinal);
            Assert.Contains($">{state.Words()}<", html[row..end], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_GroupsByNotebookInLessonOrder_WithTheChecksWords()
    {
        var text = ProgressHtml.Text(With(("1.2.40.2", ExerciseState.Wrong))).Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        var headings = text.Where(l => l.EndsWith(".ipynb", StringComparison.Ordinal)).ToList();
        Assert.Equal(ExerciseCatalogue.Notebooks.Select(n => n + ".ipynb"), headings);
        Assert.Equal(ExerciseCatalogue.All.Count, text.Count(l => l.StartsWith("  ", StringComparison.Ordinal)));
        Assert.Contains("  ✘ Exercise 1.2.40.2: not yet right — Explain computation graph nodes", text);
        Assert.Contains("  ○ Exercise 1.2.40.1 (choice): not attempted yet — Define autodiff in one sentence", text);
        // Each exercise sits under its own notebook's heading.
        int starter = text.IndexOf("01-starter.ipynb"), intermediate = text.IndexOf("02-intermediate.ipynb");
        int line = text.FindIndex(l => l.Contains("Exercise 1.2.40.3:", StringComparison.Ordinal));
        Assert.InRange(line, starter, intermediate);
    }

    [Fact]
    public void Next_NothingRecorded_IsTheFirstExerciseOfTheLesson()
    {
        var progress = With();

        Assert.Equal(ExerciseCatalogue.All[0], progress.Next?.Exercise);
        Assert.Equal("Next: Exercise 1.2.40.1 (choice) — Define autodiff in one sentence, in 01-starter.ipynb (not attempted yet).", progress.NextStep);
    }

    [Fact]
    public void Next_SkipsCorrectExercises_AndStopsAtTheFirstNotYetRight()
    {
        var done = ExerciseCatalogue.All.TakeWhile(e => e.Id != "1.2.40.5").Select(e => (e.Id, ExerciseState.Correct));
        var progress = With([.. done, ("1.2.40.5", ExerciseState.Wrong), ("1.2.40.9", ExerciseState.Wrong)]);

        Assert.Equal("1.2.40.5", progress.Next?.Exercise.Id);
        Assert.Equal("Next: Exercise 1.2.40.5 — Explain why reverse mode suits ML, in 02-intermediate.ipynb (not yet right).", progress.NextStep);
        Assert.Contains("← next", ProgressHtml.Render(progress), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_EverythingDone_CountsCheckedAndSelfCheckedApart_AndPointsToTheNextLesson()
    {
        var progress = With([.. ExerciseCatalogue.All.Select(e => (e.Id, e.IsSelfAssessed ? ExerciseState.SelfChecked : ExerciseState.Correct))]);
        int selfAssessed = ExerciseCatalogue.All.Count(e => e.Id.EndsWith(".keypoints", StringComparison.Ordinal));
        int checkedParts = ExerciseCatalogue.All.Count - selfAssessed;

        Assert.Null(progress.Next);
        Assert.Contains("Every checked part is correct and every written answer self-checked", progress.NextStep, StringComparison.Ordinal);
        Assert.StartsWith($"Lesson progress: {checkedParts} of {checkedParts} checked parts correct, {selfAssessed} of {selfAssessed} written answers self-checked (not graded), 0 not yet right, 0 not attempted yet",
            ProgressHtml.Text(progress), StringComparison.Ordinal);
    }

    [Fact]
    public void SelfCheckedParts_AreListedInTheirOwnWordsAndColour_NeverAsCorrect()
    {
        var progress = With(("1.2.40.1.keypoints", ExerciseState.SelfChecked), ("1.2.40.1.choice", ExerciseState.Correct));

        string html = ProgressHtml.Render(progress);
        int row = html.IndexOf("<tr data-exercise=\"1.2.40.1.keypoints\" data-status=\"self-checked\"", StringComparison.Ordinal);
        Assert.True(row >= 0, html);
        string line = html[row..html.IndexOf("</tr>", row, StringComparison.Ordinal)];
        Assert.Contains(">self-checked (not graded)<", line, StringComparison.Ordinal);
        Assert.Contains(ExerciseStyle.Colour(ExerciseState.SelfChecked), line, StringComparison.Ordinal);
        Assert.NotEqual(ExerciseStyle.Colour(ExerciseState.Correct), ExerciseStyle.Colour(ExerciseState.SelfChecked));
        Assert.Contains("  ✎ Exercise 1.2.40.1 (key points): self-checked (not graded)", ProgressHtml.Text(progress), StringComparison.Ordinal);
        Assert.StartsWith("1 of ", ProgressHtml.Summary(progress), StringComparison.Ordinal);
        Assert.Contains(" checked parts correct, 1 of 9 written answers self-checked", ProgressHtml.Summary(progress), StringComparison.Ordinal);
        Assert.Equal("1.2.40.2", progress.Next?.Exercise.Id); // a self-checked part is done
    }

    [Fact]
    public void ASelfAssessedPartRecordedAsCorrect_ByAnOlderVersion_ReadsAsSelfChecked()
    {
        var progress = With(("1.2.40.1.keypoints", ExerciseState.Correct), ("1.2.40.1.choice", ExerciseState.Correct));

        Assert.Equal(ExerciseState.SelfChecked, progress.Exercises.Single(e => e.Exercise.Id == "1.2.40.1.keypoints").State);
        Assert.Equal(ExerciseState.Correct, progress.Exercises.Single(e => e.Exercise.Id == "1.2.40.1.choice").State);
    }

    [Fact]
    public void IdsOutsideTheCatalogue_AreIgnored()
    {
        var progress = With(("quiz.9", ExerciseState.Wrong), ("1.2.40.2", ExerciseState.Correct));

        Assert.Equal(ExerciseCatalogue.All.Count, progress.Exercises.Count);
        Assert.Equal(0, progress.Count(ExerciseState.Wrong));
        Assert.Equal(1, progress.Count(ExerciseState.Correct));
    }

    [Fact]
    public void Note_IsShownInBothForms()
    {
        var progress = new LessonProgress(new Dictionary<string, ExerciseState>(), "The progress file was damaged.");

        Assert.Contains("The progress file was damaged.", ProgressHtml.Render(progress), StringComparison.Ordinal);
        Assert.Contains("The progress file was damaged.", ProgressHtml.Text(progress), StringComparison.Ordinal);
    }
}
