namespace LessonExercises;

/// <summary>
/// Where a learner writes a free-text answer: a method of the exercise's code cell that returns a
/// C# raw string literal, so the answer is prose between triple quotes and a check can read it
/// (it shows it back beside the key points; it never grades it). The learner notebooks get
/// <see cref="StubLines"/> in place of the worked answer.
/// </summary>
public static class WrittenAnswers
{
    /// <summary>The text a learner notebook starts with: a check reads it as "not attempted yet".</summary>
    public const string Placeholder = "Write your answer here.";

    /// <summary>Fewer words than this (placeholder left out) are "not attempted yet": a few words are
    /// not an answer one can compare with key points.</summary>
    public const int MinimumWords = 8;

    /// <summary>The stub of a written answer's body, one line each (indented by the generator to
    /// where the worked answer was): <c>return """</c>, the placeholder, <c>""";</c>.</summary>
    public static IReadOnlyList<string> StubLines { get; } = ["return \"\"\"", "    " + Placeholder, "    \"\"\";"];
}
