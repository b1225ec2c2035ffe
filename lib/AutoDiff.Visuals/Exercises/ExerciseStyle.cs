using LessonExercises;

namespace AutoDiff.Visuals;

/// <summary>
/// The one look of exercise feedback and the quiz score: a box with a coloured left border and a
/// translucent tint of the same colour (so it reads on light and dark themes), one colour per state.
/// </summary>
public static class ExerciseStyle
{
    /// <summary>The colour of <paramref name="state"/>: green (correct), blue (self-checked), grey (not attempted) or red (not yet right).</summary>
    public static string Colour(ExerciseState state) => state switch
    {
        ExerciseState.Correct => "#2e9d4b",
        ExerciseState.SelfChecked => "#3a6fc4",
        ExerciseState.NotAttempted => "#8a8f98",
        _ => "#d1453b",
    };

    /// <summary>The icon of <paramref name="state"/>: ✔, ✎ (self-checked: the learner's own mark), ○ or ✘.</summary>
    public static string Icon(ExerciseState state) => state switch
    {
        ExerciseState.Correct => "✔",
        ExerciseState.SelfChecked => "✎",
        ExerciseState.NotAttempted => "○",
        _ => "✘",
    };

    /// <summary>The colour for something in progress (a quiz not yet all correct).</summary>
    public const string PartialColour = "#c98a1b";

    /// <summary>The inline style of a feedback box in <paramref name="colour"/>.</summary>
    public static string Box(string colour) =>
        $"border-left:4px solid {colour};background:{colour}1f;padding:6px 10px;margin:4px 0;border-radius:3px;font-family:{Theme.FontFamily};line-height:1.4";
}
