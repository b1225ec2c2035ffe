using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LessonExercises;

/// <summary>
/// What one check found, as data: the JSON document a check displays next to its HTML, in the MIME
/// type <see cref="MimeType"/>, for the runner (or any tool) to read without parsing HTML:
/// <c>{"exercise":"1.2.40.3","status":"wrong","attempt":2,"message":"…","hint":"…"}</c>.
/// </summary>
/// <param name="Exercise">The exercise id (see <see cref="ExerciseCatalogue"/>).</param>
/// <param name="Status">What the check found.</param>
/// <param name="Attempt">How many times this exercise has been checked in this kernel, this time included (1 = first).</param>
/// <param name="Message">What the check found, in words.</param>
/// <param name="Hint">What to look at next, or null.</param>
public sealed record ExerciseReport(string Exercise, ExerciseState Status, int Attempt, string Message, string? Hint = null)
{
    /// <summary>The MIME type of the document.</summary>
    public const string MimeType = "application/vnd.lesson.exercise+json";

    /// <summary>The document as compact JSON.</summary>
    public string ToJson() => new JsonObject
    {
        ["exercise"] = Exercise,
        ["status"] = Status.Key(),
        ["attempt"] = Attempt,
        ["message"] = Message,
        ["hint"] = Hint,
    }.ToJsonString(Document.Options);

    /// <summary>Reads a document written by <see cref="ToJson"/>; null when it is not one (bad JSON,
    /// a missing field, an unknown status), so a damaged output never stops a run.</summary>
    public static ExerciseReport? FromJson(string? json)
    {
        if (Document.Parse(json) is not { } doc) return null;
        string? id = Document.Text(doc, "exercise");
        if (string.IsNullOrEmpty(id) || !ExerciseStates.TryParse(Document.Text(doc, "status"), out var status)) return null;
        return new ExerciseReport(id, status, Document.Number(doc, "attempt") ?? 1, Document.Text(doc, "message") ?? "", Document.Text(doc, "hint"));
    }
}

/// <summary>
/// The quiz score as data, displayed next to its HTML in the MIME type <see cref="MimeType"/>:
/// <c>{"correct":3,"answered":4,"total":4}</c>.
/// </summary>
/// <param name="Correct">Items answered correctly.</param>
/// <param name="Answered">Items answered at all.</param>
/// <param name="Total">Items in the quiz.</param>
public sealed record QuizScoreReport(int Correct, int Answered, int Total)
{
    /// <summary>The MIME type of the document.</summary>
    public const string MimeType = "application/vnd.lesson.quiz-score+json";

    /// <summary>"correct/total", e.g. "3/4".</summary>
    public string Fraction => FormattableString.Invariant($"{Correct}/{Total}");

    /// <summary>The document as compact JSON.</summary>
    public string ToJson() => new JsonObject { ["correct"] = Correct, ["answered"] = Answered, ["total"] = Total }.ToJsonString(Document.Options);

    /// <summary>Reads a document written by <see cref="ToJson"/>, or null.</summary>
    public static QuizScoreReport? FromJson(string? json) =>
        Document.Parse(json) is { } doc && Document.Number(doc, "correct") is { } correct && Document.Number(doc, "total") is { } total
            ? new QuizScoreReport(correct, Document.Number(doc, "answered") ?? correct, total)
            : null;
}

/// <summary>Tolerant reading of the small JSON documents above.</summary>
internal static class Document
{
    // Messages are mathematics (∂f/∂x, “quotes”): keep them readable in the executed notebook
    // instead of \u escapes. The documents are data, never inserted into HTML.
    internal static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static JsonObject? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string? Text(JsonObject doc, string name) =>
        doc[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    internal static int? Number(JsonObject doc, string name) =>
        doc[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int n) ? n : null;
}
