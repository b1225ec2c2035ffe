using AutoDiff.Nn;

namespace AutoDiff.Tests;

/// <summary>The network's score for one input, on a fresh tape: the plain forward pass the tests compare with.</summary>
internal static class MlpScore
{
    public static double Of(Mlp model, double[] input)
    {
        var tape = new Tape();
        return model.Forward(model.Bind(tape), input.Select(v => tape.Constant(v)).ToArray())[0].Primal;
    }
}
