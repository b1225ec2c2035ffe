namespace AutoDiff;

/// <summary>Argument checks shared by the public entry points, with messages that say what to do.</summary>
internal static class Guard
{
    public static void Inputs(double[] x, string name = "x")
    {
        ArgumentNullException.ThrowIfNull(x, name);
        if (x.Length == 0)
            throw new ArgumentException("There are no inputs: pass at least one number to differentiate at.", name);
    }

    public static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive finite number.");
    }
}
