using System.Globalization;
using CsCheck;

namespace AutoDiff.Tests;

/// <summary>Random expression trees for the property tests, and an interpreter that evaluates a
/// tree in any number type, so one tree is differentiated by every mode.</summary>
internal abstract record Expr
{
    public const int MaxDepth = 5;

    /// <summary>Trees over variables 0 … variables − 1, depth at most <see cref="MaxDepth"/>.</summary>
    public static Gen<Expr> Tree(int variables)
    {
        var leaf = Gen.Frequency(
            (3, Gen.Int[0, variables - 1].Select(i => (Expr)new Var(i))),
            (1, Gen.Int[-200, 200].Select(c => (Expr)new Const(c / 100.0))));
        return Gen.Recursive<Expr>((depth, self) => depth >= MaxDepth ? leaf : Gen.Frequency(
            (2, leaf),
            (3, Gen.Select(Gen.Int[0, (int)UnaryOp.Count - 1], self, (op, a) => (Expr)new Unary((UnaryOp)op, a))),
            (4, Gen.Select(Gen.Int[0, (int)BinaryOp.Count - 1], self, self, (op, a, b) => (Expr)new Binary((BinaryOp)op, a, b)))));
    }

    /// <summary>Points spread evenly over [−2, 2]. (Gen.Double favours special values such as 0
    /// and ±1, which mostly land on poles like x/x; those cases belong to the gradient-check tests.)</summary>
    public static Gen<double> Coordinate { get; } = Gen.Int[0, 1 << 30].Select(i => -2 + 4.0 * i / (1 << 30));

    public abstract T Eval<T>(T[] x) where T : IScalar<T>;

    /// <summary>False for a constant subtree: no derivative flows through it, so its kinks and
    /// poles do not matter.</summary>
    public abstract bool HasVariable { get; }

    /// <summary>How close the evaluation at x comes to a singular or kinked point: the smallest
    /// |denominator| and the smallest |operand of abs|.</summary>
    public abstract void Inspect(double[] x, ref double nearestPole, ref double nearestKink);
}

internal enum UnaryOp { Neg, Sin, Cos, Exp, Tanh, Sigmoid, SqrtAbsPlusOne, LogAbsPlusOne, Count }

internal enum BinaryOp { Add, Sub, Mul, Div, Count }

internal sealed record Var(int Index) : Expr
{
    public override T Eval<T>(T[] x) => x[Index];
    public override bool HasVariable => true;
    public override void Inspect(double[] x, ref double nearestPole, ref double nearestKink) { }
    public override string ToString() => "x" + Index.ToString(CultureInfo.InvariantCulture);
}

internal sealed record Const(double C) : Expr
{
    public override T Eval<T>(T[] x) => T.Constant(C);
    public override bool HasVariable => false;
    public override void Inspect(double[] x, ref double nearestPole, ref double nearestKink) { }
    public override string ToString() => C.ToString("R", CultureInfo.InvariantCulture);
}

internal sealed record Unary(UnaryOp Op, Expr A) : Expr
{
    public override bool HasVariable => A.HasVariable;

    public override T Eval<T>(T[] x)
    {
        T a = A.Eval(x);
        return Op switch
        {
            UnaryOp.Neg => -a,
            UnaryOp.Sin => T.Sin(a),
            UnaryOp.Cos => T.Cos(a),
            UnaryOp.Exp => T.Exp(a),
            UnaryOp.Tanh => T.Tanh(a),
            UnaryOp.Sigmoid => T.Sigmoid(a),
            UnaryOp.SqrtAbsPlusOne => T.Sqrt(T.Abs(a) + 1.0),
            UnaryOp.LogAbsPlusOne => T.Log(T.Abs(a) + 1.0),
            _ => throw new InvalidOperationException(Op.ToString()),
        };
    }

    public override void Inspect(double[] x, ref double nearestPole, ref double nearestKink)
    {
        A.Inspect(x, ref nearestPole, ref nearestKink);
        if (A.HasVariable && Op is UnaryOp.SqrtAbsPlusOne or UnaryOp.LogAbsPlusOne)
            nearestKink = Math.Min(nearestKink, Math.Abs(A.Eval(Array.ConvertAll(x, d => new Real(d))).Primal));
    }

    public override string ToString() => Op switch
    {
        UnaryOp.Neg => $"-({A})",
        UnaryOp.SqrtAbsPlusOne => $"sqrt(|{A}| + 1)",
        UnaryOp.LogAbsPlusOne => $"log(|{A}| + 1)",
        _ => $"{Op.ToString().ToLowerInvariant()}({A})",
    };
}

internal sealed record Binary(BinaryOp Op, Expr A, Expr B) : Expr
{
    public override bool HasVariable => A.HasVariable || B.HasVariable;

    public override T Eval<T>(T[] x)
    {
        T a = A.Eval(x), b = B.Eval(x);
        return Op switch
        {
            BinaryOp.Add => a + b,
            BinaryOp.Sub => a - b,
            BinaryOp.Mul => a * b,
            BinaryOp.Div => a / b,
            _ => throw new InvalidOperationException(Op.ToString()),
        };
    }

    public override void Inspect(double[] x, ref double nearestPole, ref double nearestKink)
    {
        A.Inspect(x, ref nearestPole, ref nearestKink);
        B.Inspect(x, ref nearestPole, ref nearestKink);
        if (B.HasVariable && Op == BinaryOp.Div)
            nearestPole = Math.Min(nearestPole, Math.Abs(B.Eval(Array.ConvertAll(x, d => new Real(d))).Primal));
    }

    public override string ToString() => Op switch
    {
        BinaryOp.Add => $"({A} + {B})",
        BinaryOp.Sub => $"({A} - {B})",
        BinaryOp.Mul => $"({A} * {B})",
        _ => $"({A} / {B})",
    };
}
