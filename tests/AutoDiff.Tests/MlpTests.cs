using AutoDiff.Nn;

namespace AutoDiff.Tests;

// The tiny neural network: its shape, its parameter names, and its gradient against numeric differences.
public class MlpTests
{
    [Fact]
    public void Constructor_TwoSixteenSixteenOne_HasMicrogradsParameterCount()
    {
        var model = new Mlp(2, [16, 16, 1]);
        Assert.Equal(16 * 3 + 16 * 17 + 17, model.Parameters.Length); // 337
        Assert.Equal(3, model.Layers.Count);
        Assert.True(model.Layers[0].Neurons[0].Nonlinear);
        Assert.False(model.Layers[2].Neurons[0].Nonlinear);
        Assert.Equal(1, model.Outputs);
    }

    [Fact]
    public void ParameterLabels_NameLayerNeuronAndInput()
    {
        var model = new Mlp(4, [3, 2]);
        Assert.Equal("w1[0,0]", model.ParameterLabels[0]);
        Assert.Equal("w1[0,3]", model.ParameterLabels[3]);
        Assert.Equal("b1[0]", model.ParameterLabels[4]);
        Assert.Equal("b1[2]", model.ParameterLabels[14]);
        Assert.Equal("w2[1,2]", model.ParameterLabels[^2]);
        Assert.Equal("b2[1]", model.ParameterLabels[^1]);
    }

    [Fact]
    public void Constructor_SameSeed_SameParameters_BiasesStartAtZero()
    {
        var a = new Mlp(2, [8, 1], seed: 5);
        var b = new Mlp(2, [8, 1], seed: 5);
        Assert.Equal(a.Parameters, b.Parameters);
        Assert.NotEqual(a.Parameters, new Mlp(2, [8, 1], seed: 6).Parameters);
        Assert.All(a.Parameters.Where((_, i) => a.ParameterLabels[i].StartsWith('b')), p => Assert.Equal(0.0, p));
        Assert.All(a.Parameters, p => Assert.InRange(p, -1.0, 1.0));
    }

    [Fact]
    public void Forward_OneHiddenNeuron_ComputesReluOfAffineThenAffine()
    {
        var model = new Mlp(2, [1, 1]);
        double[] p = [0.5, -2, 0.25, 3, 0.1]; // w1 = (0.5, −2), b1 = 0.25; w2 = 3, b2 = 0.1
        p.CopyTo(model.Parameters, 0);
        double hidden = Math.Max(0, 0.25 + 0.5 * 1.5 + -2 * -1);
        PrimitiveAssert.Close(0.1 + 3 * hidden, MlpScore.Of(model, [1.5, -1]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(47)]
    [InlineData(200)]
    [InlineData(336)]
    public void Gradient_OfScore_MatchesCentralDifference(int parameter)
    {
        var model = new Mlp(2, [16, 16, 1]);
        double[] input = [0.4, -0.7];
        var tape = new Tape();
        var parameters = model.Bind(tape);
        var score = model.Forward(parameters, [tape.Constant(input[0]), tape.Constant(input[1])])[0];
        score.Backward();
        double analytic = parameters[parameter].Adjoint;

        const double h = 1e-6;
        double saved = model.Parameters[parameter];
        model.Parameters[parameter] = saved + h;
        double up = MlpScore.Of(model, input);
        model.Parameters[parameter] = saved - h;
        double down = MlpScore.Of(model, input);
        model.Parameters[parameter] = saved;

        PrimitiveAssert.Close((up - down) / (2 * h), analytic, 1e-6);
    }

    [Fact]
    public void Forward_TwiceWithOneBinding_SharesTheParameterNodes()
    {
        var model = new Mlp(2, [4, 1]);
        var tape = new Tape();
        var parameters = model.Bind(tape);
        int afterBind = tape.Count;
        model.Forward(parameters, [tape.Constant(1), tape.Constant(2)]);
        int perExample = tape.Count - afterBind;
        model.Forward(parameters, [tape.Constant(3), tape.Constant(4)]);
        Assert.Equal(model.Parameters.Length, afterBind);
        Assert.Equal(afterBind + 2 * perExample, tape.Count); // the second example adds no parameters
        Assert.Equal("w1[0,0]", tape.LabelOf(parameters[0].Index));
    }

    [Fact]
    public void Bind_EveryCall_RegistersFreshVariablesWithTheCurrentValues()
    {
        var model = new Mlp(2, [4, 1]);
        var tape = new Tape();
        var first = model.Bind(tape);
        model.Parameters[0] += 1;
        var second = model.Bind(tape);
        Assert.NotEqual(first[0].Index, second[0].Index);
        Assert.Equal(model.Parameters[0], second[0].Primal);
        Assert.Equal(2 * model.Parameters.Length, tape.Count);
    }

    [Fact]
    public void Forward_WrongNumberOfInputs_ThrowsSayingHowManyAreNeeded()
    {
        var model = new Mlp(2, [4, 1]);
        var tape = new Tape();
        var error = Assert.Throws<ArgumentException>(() => model.Forward(model.Bind(tape), [tape.Constant(1)]));
        Assert.Contains("takes 2 inputs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_DescribesTheShape() =>
        Assert.Equal("MLP(2 → 16 → 16 → 1, 337 parameters)", new Mlp(2, [16, 16, 1]).ToString());
}
