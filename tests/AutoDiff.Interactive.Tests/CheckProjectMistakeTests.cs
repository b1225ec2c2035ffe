
namespace AutoDiff.Interactive.Tests;

// Mistakes and misuse in the mini-project, the homework, the challenge and the quiz.

public class CheckMiniProjectMistakeTests
{
    private static Value TracedF()
    {
        var tape = new Tape();
        var x = tape.Variable(2, "x");
        var y = tape.Variable(3, "y");
        var f = (Value.Pow(x, 2) * y + Value.Sin(x)).Named("f");
        f.Backward();
        return f;
    }

    private static double DfDx(double x, double y) => 2 * x * y + Math.Cos(x);

    private static double DfDy(double x, double y) => x * x;

    [Fact]
    public void Partials_Swapped_HintAsksWhetherSwapped()
    {
        var result = Check.MiniProjectPartials(DfDy, DfDx, TracedF());

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("swapped", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_DfDySignFlipped_HintSaysSignError()
    {
        var result = Check.MiniProjectPartials(DfDx, (x, y) => -x * x, TracedF());

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("Sign error", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_ReturnsF_HintSaysItIsF() =>
        Assert.Contains("f itself", Check.MiniProjectPartials((x, y) => x * x * y + Math.Sin(x), DfDy, TracedF()).Hint, StringComparison.Ordinal);

    [Fact]
    public void Partials_NaN_HintSaysNaN() =>
        Assert.Contains("NaN", Check.MiniProjectPartials(DfDx, (_, _) => double.NaN, TracedF()).Hint, StringComparison.Ordinal);

    [Fact]
    public void Partials_LearnerThrowsOtherException_IsWrongAndNamesIt()
    {
        var result = Check.MiniProjectPartials(DfDx, (_, _) => throw new ArgumentException("oops"), TracedF());

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("ArgumentException", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_CheckedTwice_StaysCorrect()
    {
        var f = TracedF();
        Check.MiniProjectPartials(DfDx, DfDy, f);

        Assert.Equal(ExerciseState.Correct, Check.MiniProjectPartials(DfDx, DfDy, f).Status);
    }

    [Fact]
    public void Partials_LearnerGraphWithManyPaths_HintStaysShort()
    {
        var tape = new Tape();
        var x = tape.Variable(2, "x");
        var y = tape.Variable(3, "y");
        var f = y * 0;
        for (int i = 0; i < 40; i++) f += Value.Sin(x * (i + 1));
        f.Backward();

        var result = Check.MiniProjectPartials((_, _) => 123, (_, _) => 0, f);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.InRange(result.Hint!.Length, 1, 400);
    }
}

public class CheckHomeworkMistakeTests
{
    [Fact]
    public void Homework_LogOfNegative_SaysNotFinite()
    {
        var result = Check.Homework((x, y) => Value.Log(y - x) * x + y);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("not finite", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Homework_DivisionByZeroAtThePoint_SaysNotFinite() =>
        Assert.Contains("not finite", Check.Homework((x, y) => x / (y - 0.7) + x * y).Message, StringComparison.Ordinal);

    [Fact]
    public void Homework_KinkAtThePoint_FailsTheGradientCheckWithKinkHint()
    {
        var result = Check.Homework((x, y) => Value.Relu(x - 1.3) + x * y);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("kink", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Homework_SymmetricKinkThatCentralDifferencesMiss_IsWrongWithKinkHint()
    {
        // |x − 1.3|·x: the central difference averages slopes −1.3 and 1.3 to 0, as autodiff's sign(0) = 0 does.
        var result = Check.Homework((x, y) => Value.Abs(x - 1.3) * x + x * y);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("kink at (1.3, 0.7) along x", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Homework_LearnerCallsBackwardOnAnIntermediate_SaysTheCheckDoesThat()
    {
        var result = Check.Homework((x, y) =>
        {
            var inner = x * y;
            inner.Backward();
            return Value.Exp(inner) + x / y;
        });

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("calls Backward() itself", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Homework_LargeGraph_IsCorrectWithABoundedFigure()
    {
        var result = Check.Homework((x, y) =>
        {
            var s = x * y;
            for (int i = 0; i < 20_000; i++) s += 1e-5 * Value.Sin(x + y);
            return s;
        });

        Assert.Equal(ExerciseState.Correct, result.Status);
        Assert.InRange(result.FigureHtml!.Length, 1, 2_000_000);
    }
}

public class CheckChallengeMistakeTests
{
    [Fact]
    public void Challenge_ReturnsX_SaysZeroOperationsInPlural()
    {
        var result = Check.Challenge(x => x);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("0 operations", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Challenge_SymmetricKinkAtTheCheckPoint_IsWrongWithKinkHint()
    {
        var result = Check.Challenge(x => Value.Abs(x - 0.5) * x + x);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("kink at x = 0.5", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Challenge_SteepButSmoothFunction_IsStillCorrect() =>
        Assert.Equal(ExerciseState.Correct, Check.Challenge(x => Value.Exp(20 * x) * Value.Sin(x)).Status);

    [Fact]
    public void Challenge_LearnerCallsBackward_SaysTheCheckDoesThat()
    {
        var result = Check.Challenge(x =>
        {
            var f = Value.Sin(x * x) + x;
            f.Backward();
            return f;
        });

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("calls Backward() itself", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Challenge_NotFiniteAtTheCheckPoint_AsksForASmoothFunction() =>
        Assert.Contains("smooth", Check.Challenge(x => Value.Log(x - 0.5) * x).Hint, StringComparison.Ordinal);
}

public class QuizMisuseTests
{
    [Fact]
    public void Answer_LearnerThrows_IsWrongAndNotCounted()
    {
        var quiz = new Quiz();

        var result = quiz.Answer(1, () => throw new InvalidOperationException("no"));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal(0, quiz.Score.Answered);
    }

    [Fact]
    public void Answer_NullDelegate_AsksToRunCellsAbove() =>
        Assert.Equal(ExerciseState.NotAttempted, new Quiz().Answer(2, null).Status);

    [Fact]
    public void Score_BeforeAnyAnswer_IsZeroOfFour() =>
        Assert.Equal("0/4", new Quiz().Score.Fraction);
}
