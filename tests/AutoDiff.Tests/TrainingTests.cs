using AutoDiff.Nn;

namespace AutoDiff.Tests;

// micrograd's demo: the max-margin loss, one SGD step, and training two moons to ≥ 95 %.
public class TrainingTests
{
    private sealed class Recorder : IProgress<TrainingStep>
    {
        public List<TrainingStep> Steps { get; } = [];
        public void Report(TrainingStep value) => Steps.Add(value);
    }

    [Fact]
    public void Train_TwoMoonsHundredSteps_ReachesAtLeast95PercentAccuracy()
    {
        var model = new Mlp(2, [16, 16, 1]);
        var data = TwoMoons.Generate(100, 0.1);
        var history = Training.Train(model, data, 100);
        var after = Training.Step(model, data, 100, learningRate: 0); // measure only

        Assert.True(after.Accuracy >= 0.95, $"accuracy after 100 steps: {after.Accuracy:P0}");
        Assert.True(after.Loss < history[0].Loss / 5, $"loss {history[0].Loss} → {after.Loss}");
    }

    [Fact]
    public void Step_Update_IsMinusLearningRateTimesTheNumericGradientOfTheLoss()
    {
        var data = TwoMoons.Generate(20, 0.1);
        var model = new Mlp(2, [4, 1], seed: 7);
        const double rate = 0.5, h = 1e-6;
        int[] probes = [0, 3, model.Parameters.Length - 1];
        var numeric = probes.Select(i => CentralDifference(model, data, i, h)).ToArray();
        var before = (double[])model.Parameters.Clone();

        Training.Step(model, data, 0, rate);

        for (int j = 0; j < probes.Length; j++)
        {
            double step = before[probes[j]] - model.Parameters[probes[j]];
            PrimitiveAssert.Close(rate * numeric[j], step, 1e-6);
        }
    }

    [Fact]
    public void Step_ReportsMaxMarginLossAndAccuracyOfTheParametersBeforeTheUpdate()
    {
        var data = TwoMoons.Generate(10, 0.1);
        var model = new Mlp(2, [3, 1], seed: 2);
        // L = (1/N) Σ max(0, 1 − yᵢ·scoreᵢ) + 10⁻⁴ Σ p², with the scores taken one example at a time.
        double[] scores = data.X.Select(x => MlpScore.Of(model, x)).ToArray();
        var examples = Enumerable.Range(0, data.Count).ToList();
        double loss = examples.Average(i => Math.Max(0, 1 - data.Y[i] * scores[i])) + 1e-4 * model.Parameters.Sum(p => p * p);
        double accuracy = (double)examples.Count(i => data.Y[i] > 0 == scores[i] > 0) / data.Count;

        var first = Training.Step(model, data, 4, learningRate: 0.1);
        var after = Training.Step(model, data, 5, learningRate: 0);

        Assert.Equal(4, first.Step);
        PrimitiveAssert.Close(loss, first.Loss);
        Assert.Equal(accuracy, first.Accuracy);
        Assert.NotEqual(first.Loss, after.Loss); // the first step did update the parameters
        Assert.True(first.TapeNodes > model.Parameters.Length, "the tape holds the parameters and every example");
    }

    [Fact]
    public void Train_WithProgress_ReportsEveryStepInOrder()
    {
        var recorder = new Recorder();
        var history = Training.Train(new Mlp(2, [4, 1]), TwoMoons.Generate(10), 5, recorder);
        Assert.Equal(history, recorder.Steps);
        Assert.Equal([0, 1, 2, 3, 4], recorder.Steps.Select(s => s.Step));
    }

    [Fact]
    public void Step_LabelsOtherThanPlusMinusOne_ThrowSayingWhatIsAllowed()
    {
        var data = new Dataset([[0.0, 1.0]], [0]);
        var error = Assert.Throws<ArgumentException>(() => Training.Step(new Mlp(2, [2, 1]), data, 0, 0.1));
        Assert.Contains("−1 or +1", error.Message, StringComparison.Ordinal);
    }

    // ∂L/∂pᵢ by central differences of the loss that Step reports (learning rate 0: no update).
    private static double CentralDifference(Mlp model, Dataset data, int i, double h)
    {
        double saved = model.Parameters[i];
        model.Parameters[i] = saved + h;
        double up = Training.Step(model, data, 0, 0).Loss;
        model.Parameters[i] = saved - h;
        double down = Training.Step(model, data, 0, 0).Loss;
        model.Parameters[i] = saved;
        return (up - down) / (2 * h);
    }
}
