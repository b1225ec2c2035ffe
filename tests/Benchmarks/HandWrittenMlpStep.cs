namespace Benchmarks;

/// <summary>
/// micrograd's training step written by hand in plain double loops, with no tape: the limit the
/// library's step is measured against. MLP with ReLU hidden layers and a linear output, max-margin
/// loss L = (1/N) Σᵢ relu(1 − yᵢ·scoreᵢ) + α Σ_p p², full-batch gradient descent. The parameters
/// are in the layout of <c>Mlp.Parameters</c> (per layer, per neuron: n weights, then the bias).
/// After the constructor nothing is allocated.
/// </summary>
public sealed class HandWrittenMlpStep
{
    private readonly int[] sizes;          // inputs, then neurons per layer
    private readonly double[][] act;       // act[0] = input, act[l + 1] = output of layer l
    private readonly double[][] pre;       // b + w·x of each layer (before ReLU)
    private readonly double[][] dAct;      // ∂L/∂act of each layer
    private readonly double[] grad;

    /// <summary>A step for a network with <paramref name="inputs"/> inputs and the given layers.</summary>
    public HandWrittenMlpStep(int inputs, IReadOnlyList<int> layerSizes)
    {
        sizes = [inputs, .. layerSizes];
        act = [.. sizes.Select(n => new double[n])];
        pre = [.. sizes.Skip(1).Select(n => new double[n])];
        dAct = [.. sizes.Select(n => new double[n])];
        int count = 0;
        for (int l = 1; l < sizes.Length; l++) count += sizes[l] * (sizes[l - 1] + 1);
        grad = new double[count];
    }

    /// <summary>∂L/∂p of the last step (before the update).</summary>
    public ReadOnlySpan<double> Gradient => grad;

    /// <summary>One step: returns the loss at <paramref name="p"/>, then updates p ← p − η·∂L/∂p.</summary>
    public double Step(double[] p, double[][] x, int[] y, double learningRate, double alpha = 1e-4)
    {
        Array.Clear(grad);
        double dataLoss = 0;
        double scale = 1.0 / x.Length;
        for (int i = 0; i < x.Length; i++)
        {
            double score = Forward(p, x[i]);
            double margin = 1.0 + -y[i] * score;
            if (margin <= 0) continue; // relu: no loss, no gradient
            dataLoss += margin;
            Backward(p, -y[i] * scale);
        }
        double penalty = 0;
        for (int k = 0; k < p.Length; k++) penalty += p[k] * p[k];
        for (int k = 0; k < p.Length; k++) grad[k] += alpha * 2 * p[k];
        double loss = dataLoss * scale + alpha * penalty;
        for (int k = 0; k < p.Length; k++) p[k] -= learningRate * grad[k];
        return loss;
    }

    private double Forward(double[] p, double[] input)
    {
        input.CopyTo(act[0], 0);
        int offset = 0;
        for (int l = 1; l < sizes.Length; l++)
        {
            int n = sizes[l - 1];
            bool hidden = l < sizes.Length - 1;
            var a = act[l - 1];
            for (int j = 0; j < sizes[l]; j++, offset += n + 1)
            {
                double sum = p[offset + n];
                for (int k = 0; k < n; k++) sum += p[offset + k] * a[k];
                pre[l - 1][j] = sum;
                act[l][j] = hidden ? Math.Max(sum, 0) : sum;
            }
        }
        return act[^1][0];
    }

    // Adds ∂(seed·score)/∂p into grad for the example whose activations Forward left in act.
    private void Backward(double[] p, double seed)
    {
        int last = sizes.Length - 1;
        dAct[last][0] = seed;
        int end = grad.Length;
        for (int l = last; l >= 1; l--)
        {
            int n = sizes[l - 1];
            int offset = end - sizes[l] * (n + 1);
            end = offset;
            var a = act[l - 1];
            var da = dAct[l - 1];
            Array.Clear(da);
            for (int j = 0; j < sizes[l]; j++, offset += n + 1)
            {
                double g = dAct[l][j];
                if (l < last && pre[l - 1][j] <= 0) continue; // ReLU passes nothing back below 0
                if (g == 0) continue;
                for (int k = 0; k < n; k++)
                {
                    grad[offset + k] += g * a[k];
                    da[k] += g * p[offset + k];
                }
                grad[offset + n] += g;
            }
        }
    }
}
