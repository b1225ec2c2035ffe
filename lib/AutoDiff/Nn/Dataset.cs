namespace AutoDiff.Nn;

/// <summary>A labelled data set for binary classification.</summary>
/// <param name="X">The examples, one feature vector each.</param>
/// <param name="Y">The class of each example: −1 or +1.</param>
public sealed record Dataset(double[][] X, int[] Y)
{
    /// <summary>Number of examples.</summary>
    public int Count => X.Length;

    /// <summary>Throws, saying what is wrong, unless X and Y are the same length, every example
    /// has <paramref name="features"/> features and every label is −1 or +1.</summary>
    public void Validate(int features)
    {
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(Y);
        if (X.Length != Y.Length)
            throw new ArgumentException(
                FormattableString.Invariant($"The data set has {X.Length} examples but {Y.Length} labels; give one label per example."));
        if (X.Length == 0)
            throw new ArgumentException("The data set is empty; give at least one example.");
        for (int i = 0; i < X.Length; i++)
        {
            if (X[i] is null || X[i].Length != features)
                throw new ArgumentException(FormattableString.Invariant($"Example {i} has {X[i]?.Length ?? 0} features but the model takes {features}."));
            if (Y[i] is not (-1 or 1))
                throw new ArgumentException(FormattableString.Invariant($"Label {i} is {Y[i]}; labels must be −1 or +1."));
        }
    }
}
