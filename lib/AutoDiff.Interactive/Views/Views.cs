namespace AutoDiff.Interactive;

/// <summary>A gradient ∇f shown as a table, one row per input (wrapping a plain double[] so that
/// not every array in a notebook turns into a gradient table).</summary>
/// <param name="Values">∂f/∂xᵢ in input order.</param>
/// <param name="Labels">Input names, or null for x₀, x₁, ….</param>
public sealed record GradientView(IReadOnlyList<double> Values, IReadOnlyList<string>? Labels = null);

/// <summary>A Hessian H[i, j] = ∂²f/∂xᵢ∂xⱼ shown as a labelled matrix.</summary>
/// <param name="Matrix">The Hessian.</param>
/// <param name="Labels">Input names, or null for x₀, x₁, ….</param>
public sealed record HessianView(double[,] Matrix, IReadOnlyList<string>? Labels = null);

/// <summary>The reverse sweep replayed one node at a time (chain-rule product and running sum at
/// each step), with next/previous controls where scripts run and a strip of frames where not.</summary>
/// <param name="Graph">The traced graph, after its backward pass.</param>
public sealed record BackpropView(ComputationGraph Graph);

/// <summary>The forward and backward pass of a traced function explained in plain words.</summary>
/// <param name="Graph">The traced graph, after its backward pass.</param>
public sealed record NarrationView(ComputationGraph Graph);

/// <summary>A piece of trusted HTML made by this library, displayed as is.</summary>
/// <param name="Html">The markup.</param>
public sealed record HtmlFragment(string Html);

/// <summary>A training run's progress after its latest step: a bar in HTML, one line in text.</summary>
/// <param name="Latest">The latest step reported.</param>
/// <param name="TotalSteps">Steps in the whole run.</param>
public sealed record TrainingProgressView(AutoDiff.Nn.TrainingStep Latest, int TotalSteps);
