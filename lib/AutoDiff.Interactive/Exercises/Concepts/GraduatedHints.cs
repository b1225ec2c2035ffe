namespace AutoDiff.Interactive;

/// <summary>
/// Two hints that give away a little more each time, then a pointer to the model answer: wrong
/// try (or request) 1 shows <see cref="First"/>, 2 shows <see cref="Second"/>, 3 and later send
/// the learner to the model answer below the check. A hint never contains the answer itself.
/// </summary>
/// <param name="First">A question that points at what to think about.</param>
/// <param name="Second">A stronger nudge: names the idea the answer rests on.</param>
public sealed record GraduatedHints(string First, string Second)
{
    /// <summary>What is shown after the last hint: the model answer sits in the fold below.</summary>
    public const string ModelAnswer = "Open the model answer below the check and compare it with yours; then change your answer and run the check again.";

    /// <summary>The hint for the <paramref name="level"/>-th wrong try or request (1-based).</summary>
    public string For(int level) => level switch
    {
        <= 1 => "Hint 1: " + First,
        2 => "Hint 2: " + Second,
        _ => ModelAnswer,
    };
}
