namespace AutoDiff.Visuals.Tests;

/// <summary>"Explain in words" tells the forward values and the chain-rule steps correctly.</summary>
public sealed class NarrationTests
{
    [Fact]
    public void Explain_MiniProject_TellsEachForwardValue()
    {
        string text = Narration.Explain(GraphSamples.MiniProject());
        Assert.Contains("x = 2 (input)", text, StringComparison.Ordinal);
        Assert.Contains("x²y = x² × y = 12", text, StringComparison.Ordinal);
        Assert.Contains($"sin x = sin(x) = {NumberText.Format(Math.Sin(2))}", text, StringComparison.Ordinal);
        Assert.Contains($"f = x²y + sin x = {NumberText.Format(12 + Math.Sin(2))} (the output)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MiniProject_TellsTheChainRuleStepForX()
    {
        // ∂f/∂x: 3 (= y, from x²y) × 2x (= 4) via x², plus 1 × cos 2 via sin x.
        string text = Narration.Explain(GraphSamples.MiniProject());
        Assert.Contains("∂f/∂x gets 3 × 4 = 12 via x² (local derivative ∂x²/∂x = 2x = 4)", text, StringComparison.Ordinal);
        Assert.Contains($"via sin x (local derivative ∂(sin x)/∂x = cos x = {NumberText.Format(Math.Cos(2))})", text, StringComparison.Ordinal);
        Assert.Contains($"in total ∂f/∂x = {NumberText.Format(12 + Math.Cos(2))}", text, StringComparison.Ordinal);
        Assert.Contains("∂f/∂f = 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Neuron_UsesTheTanhRuleWithItsOperand()
    {
        string text = Narration.Explain(GraphSamples.Neuron(3));
        Assert.Contains("local derivative ∂out/∂", text, StringComparison.Ordinal);
        Assert.Contains("1 − tanh²", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_PowerOfAnExpression_BracketsTheBase()
    {
        // (xy)² is not x·y², and (x²)³ is not x to the 23rd: a power's base is bracketed unless it is one name.
        string text = Traced.Explain((x, y) => Value.Pow(x * y, 2) + Value.Pow(Value.Pow(x, 2), 3), 2, 3);
        Assert.Contains("(xy)² = 36", text, StringComparison.Ordinal);
        Assert.Contains("(x²)³ = 64", text, StringComparison.Ordinal);
        Assert.Contains("x² = 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_BracketedPower_IsOneTermButKeepsBracketsAfterTheDerivativeSign()
    {
        string text = Traced.Explain((x, y) => Value.Pow(x + y, 3) / Value.Sigmoid(x * y) + Value.Sin(Value.Pow(x + y, 2)), 1, 2);
        Assert.Contains("(x + y)³/(σ xy) = (x + y)³ ÷ σ xy = ", text, StringComparison.Ordinal);
        Assert.Contains("sin((x + y)²) = ", text, StringComparison.Ordinal);
        Assert.Contains("∂f/∂((x + y)²) gets", text, StringComparison.Ordinal); // not ∂f/∂(x + y)², a second derivative
    }

    [Fact]
    public void ExplainHtml_HostileLabels_AreEscapedAndEveryStepIsAListItem()
    {
        var graph = GraphSamples.Hostile();
        string html = Narration.ExplainHtml(graph);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(2 * graph.Nodes.Count, html.Split("<li>").Length - 1);
    }
}

/// <summary>The rule in "local derivative ∂c/∂v = rule = value" names the actual operand, for every
/// primitive, and its value is the analytic derivative.</summary>
public sealed class NarrationRuleTests
{
    private static string Explain(Func<Value, Value> f, double at)
    {
        var tape = new Tape();
        var y = f(tape.Variable(at, "u")).Named("f");
        y.Backward();
        return Narration.Explain(y.ToGraph());
    }

    [Fact]
    public void Exp_OfSinOfSquare_WritesTheExponentOutWithItsOperand()
    {
        // h = exp(sin x²) at x = 2: ∂h/∂(sin x²) = e^(sin 4).
        string text = Explain(x => Value.Exp(Value.Sin(Value.Pow(x, 2))), 2);
        Assert.Contains($"local derivative ∂f/∂(sin u²) = e^(sin u²) = {NumberText.Format(Math.Exp(Math.Sin(4)))})", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pow_VariableExponent_NamesBaseAndExponentInBothPartials()
    {
        string text = Traced.Explain(Value.Pow, 2, 3);
        Assert.Contains("∂f/∂x = y·x^(y − 1) = 12)", text, StringComparison.Ordinal);                           // 3·2²
        Assert.Contains($"∂f/∂y = x^y·ln x = {NumberText.Format(8 * Math.Log(2))})", text, StringComparison.Ordinal); // 2³·ln 2
    }

    [Fact]
    public void Custom_NamesThePrimitivesOwnDerivative()
    {
        string text = Explain(x => Value.Custom("cube", x, t => t * t * t, t => 3 * t * t), 2);
        Assert.Contains("∂f/∂u = cube′(u) = 12)", text, StringComparison.Ordinal);
    }

    // Neg is left out: its rule −1 has no operand to name.
    public static TheoryData<Op> UnaryOps => [Op.Exp, Op.Log, Op.Sin, Op.Cos, Op.Tan, Op.Tanh, Op.Sigmoid, Op.Relu, Op.Sqrt, Op.Abs];

    [Theory]
    [MemberData(nameof(UnaryOps))]
    public void UnaryRule_NamesTheOperandAndNeverTheGenericA(Op op)
    {
        const string Clause = "(local derivative ∂f/∂u = ";
        string line = Explain(u => Apply(op, u), 0.7).Split('\n').Single(l => l.Contains(Clause, StringComparison.Ordinal));
        int start = line.IndexOf(Clause, StringComparison.Ordinal) + Clause.Length;
        string rule = line[start..line.LastIndexOf(')')];
        Assert.Contains("u", rule, StringComparison.Ordinal);
        Assert.DoesNotContain("ᵃ", rule, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<![A-Za-z])a(?![A-Za-z])", rule);
    }

    private static Value Apply(Op op, Value u) => op switch
    {
        Op.Exp => Value.Exp(u),
        Op.Log => Value.Log(u),
        Op.Sin => Value.Sin(u),
        Op.Cos => Value.Cos(u),
        Op.Tan => Value.Tan(u),
        Op.Tanh => Value.Tanh(u),
        Op.Sigmoid => Value.Sigmoid(u),
        Op.Relu => Value.Relu(u),
        Op.Sqrt => Value.Sqrt(u),
        _ => Value.Abs(u),
    };
}

/// <summary>Narrations of small functions f(x, y), traced and differentiated.</summary>
internal static class Traced
{
    public static string Explain(Func<Value, Value, Value> f, double x, double y)
    {
        var tape = new Tape();
        var output = f(tape.Variable(x, "x"), tape.Variable(y, "y")).Named("f");
        output.Backward();
        return Narration.Explain(output.ToGraph());
    }
}
