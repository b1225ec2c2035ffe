namespace AutoDiff.Interactive;

/// <summary>
/// The functions the lesson works through, each written once, with the independent truth a check
/// compares with: reverse mode on a fresh trace.
/// </summary>
internal static class LessonFunctions
{
    /// <summary>The mini-project's f(x, y) = x²y + sin x (also 1.2.40.4's), traced.</summary>
    internal static Value F(Value x, Value y) => Value.Pow(x, 2) * y + Value.Sin(x);

    /// <summary>f(x, y) = x²y + sin x on plain numbers.</summary>
    internal static double FValue(double x, double y) => x * x * y + Math.Sin(x);

    /// <summary>∂f/∂x and ∂f/∂y at (x, y): the adjoints of x and y after one backward pass of f.</summary>
    internal static Partials FPartials(double x, double y)
    {
        var tape = new Tape();
        var vx = tape.Variable(x, "x");
        var vy = tape.Variable(y, "y");
        F(vx, vy).Backward();
        return new(vx.Adjoint, vy.Adjoint);
    }

    /// <summary>03-advanced's h(x) = exp(sin x²) on plain numbers.</summary>
    internal static double HValue(double x) => Math.Exp(Math.Sin(x * x));

    /// <summary>h′(x): the adjoint of x after one backward pass of h.</summary>
    internal static double HDerivative(double x)
    {
        var tape = new Tape();
        var vx = tape.Variable(x, "x");
        Value.Exp(Value.Sin(Value.Pow(vx, 2))).Backward();
        return vx.Adjoint;
    }
}

/// <summary>The gradient of the mini-project's f at a point.</summary>
internal readonly record struct Partials(double DfDx, double DfDy);
