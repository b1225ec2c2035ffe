using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Interactive;

/// <summary>Registers how exercise feedback and the quiz score display in a notebook.</summary>
public static class ExerciseFormatters
{
    /// <summary>Registers text/html (and text/plain) formatters for <see cref="CheckResult"/> and
    /// <see cref="QuizScore"/>. Registering again replaces the earlier registration.</summary>
    public static void Register()
    {
        Formatter.Register<CheckResult>((result, writer) => writer.Write(result.ToHtml()), "text/html");
        Formatter.Register<CheckResult>((result, writer) => writer.Write(result.ToString()), "text/plain");
        Formatter.Register<QuizScore>((score, writer) => writer.Write(score.ToHtml()), "text/html");
        Formatter.Register<QuizScore>((score, writer) => writer.Write(score.ToString()), "text/plain");
        Formatter.SetPreferredMimeTypesFor(typeof(CheckResult), "text/html");
        Formatter.SetPreferredMimeTypesFor(typeof(QuizScore), "text/html");
    }
}
