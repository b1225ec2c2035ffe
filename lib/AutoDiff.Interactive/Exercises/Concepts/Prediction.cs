namespace AutoDiff.Interactive;

/// <summary>A prediction the learner may make for a reason the feedback can name. NaN in
/// <see cref="Values"/> matches any prediction of that quantity, so a mistake about one quantity
/// is recognised whatever the learner predicted for the others.</summary>
/// <param name="Values">The predicted values this mistake gives, one per quantity (NaN: any).</param>
/// <param name="Explanation">What the learner's reasoning missed, in the exercise's terms.</param>
public sealed record PredictionMistake(IReadOnlyList<double> Values, string Explanation);

/// <summary>What running the library measured: the true values, the mistakes expressed in those
/// measurements, and why the values are what they are.</summary>
public sealed record Measured(IReadOnlyList<double> Values, IReadOnlyList<PredictionMistake> Mistakes, string Why);

/// <summary>
/// A prediction made before an experiment: the learner commits to numbers, the check runs the
/// library (never a number typed into the check) and confirms or refutes them, naming the mistake
/// when it recognises one. The measured values are shown after any try: the experiment below the
/// check shows them anyway.
/// </summary>
/// <param name="Id">The exercise id, e.g. "1.2.40.4.predict".</param>
/// <param name="Quantities">What is predicted, one name per number.</param>
/// <param name="Measure">Runs the experiment. Called on every check, so it must be quick and deterministic.</param>
/// <param name="RelativeTolerance">How close counts as right, relative to max(1, |value|).</param>
/// <param name="Hints">Hints for a wrong prediction that matches no known mistake.</param>
public sealed record Prediction(string Id, IReadOnlyList<string> Quantities, Func<Measured> Measure, double RelativeTolerance, GraduatedHints Hints)
{
    /// <summary>Grades <paramref name="predicted"/> (one number per quantity).</summary>
    public CheckResult Grade(IReadOnlyList<double> predicted, int attempt)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        if (predicted.Count != Quantities.Count)
            return CheckResult.Fail(Id, $"Predict {Quantities.Count} number{(Quantities.Count == 1 ? "" : "s")}: {string.Join("; ", Quantities)}.", "Return them in that order.");
        if (predicted.Any(p => !double.IsFinite(p)))
            return CheckResult.Fail(Id, "A prediction must be a finite number.", "Return your best guess as a number, even a rough one.");
        var measured = Measure();
        string report = $"You predicted {Describe(predicted)}; the library measured {Describe(measured.Values)}.";
        if (Enumerable.Range(0, predicted.Count).All(i => Close(predicted[i], measured.Values[i])))
            return CheckResult.Pass(Id, $"Confirmed. {report} {measured.Why}");
        // A mistake about every quantity at once (e.g. swapped) explains the whole prediction better
        // than the mistakes about single quantities that it also matches; numbers in the wrong order
        // are told so even where the item names no swap of its own.
        var matched = measured.Mistakes.Where(m => Matches(m, predicted)).ToList();
        var whole = matched.Where(m => !m.Values.Any(double.IsNaN)).Select(m => m.Explanation).ToList();
        var explanations = (whole.Count > 0 ? whole
            : Swapped(predicted, measured.Values) ? [$"Swapped: your numbers are right in the reverse order. Return them in this order: {string.Join("; ", Quantities)}."]
            : [.. SignErrors(predicted, measured.Values), .. matched.Select(m => m.Explanation)]).Distinct().ToList();
        return explanations.Count > 0
            ? CheckResult.Fail(Id, report, string.Join(" ", explanations))
            : CheckResult.Fail(Id, report, Hints.For(attempt));
    }

    /// <summary>What to predict, for a "not attempted yet" message.</summary>
    public string Prompt => $"Predict, in this order: {string.Join("; ", Quantities)}.";

    private bool Swapped(IReadOnlyList<double> predicted, IReadOnlyList<double> values) =>
        predicted.Count > 1 && Enumerable.Range(0, predicted.Count).All(i => Close(predicted[predicted.Count - 1 - i], values[i]));

    // A negative prediction of a quantity measured positive (a count, a growth factor): its sign is
    // the mistake, whatever its size.
    private IEnumerable<string> SignErrors(IReadOnlyList<double> predicted, IReadOnlyList<double> values) =>
        Enumerable.Range(0, predicted.Count).Where(i => predicted[i] < 0 && values[i] > 0).Select(i => Close(-predicted[i], values[i])
            ? $"Drop the minus sign: your prediction of {Quantities[i]} is right apart from its sign."
            : $"Your prediction of {Quantities[i]} is negative, and the library measured a positive number: check the sign, then the size.");

    private bool Matches(PredictionMistake mistake, IReadOnlyList<double> predicted) =>
        mistake.Values.Count == predicted.Count
        && Enumerable.Range(0, predicted.Count).All(i => double.IsNaN(mistake.Values[i]) || Close(predicted[i], mistake.Values[i]))
        && !Enumerable.Range(0, predicted.Count).All(i => double.IsNaN(mistake.Values[i]));

    private bool Close(double got, double expected) =>
        Math.Abs(got - expected) <= RelativeTolerance * Math.Max(1, Math.Abs(expected));

    private string Describe(IReadOnlyList<double> values) =>
        string.Join(", ", Quantities.Select((q, i) => $"{q} {Number(values[i])}"));

    private static string Number(double x) =>
        x == Math.Round(x) && Math.Abs(x) < 1e15
            ? x.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : x.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}
