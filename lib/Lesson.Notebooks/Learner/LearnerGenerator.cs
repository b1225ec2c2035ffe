using System.Text.Json.Nodes;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Learner;

/// <summary>
/// Makes the learner version of a solution notebook: solution regions replaced by stubs, outputs and
/// execution counts removed, everything else (cell ids, metadata, other cells, key order) unchanged.
/// Applying it to a learner notebook changes nothing, so it is idempotent.
/// </summary>
public static class LearnerGenerator
{
    /// <summary>The learner notebook for <paramref name="solution"/> (the input is not modified).</summary>
    public static NotebookDocument Generate(NotebookDocument solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var learner = solution.Clone();
        foreach (var cell in learner.Cells)
        {
            var where = $"{learner.Name}, {cell.Label}";
            if (cell.Kind == CellKind.Code)
            {
                foreach (var markers in SolutionRegions.InCode)
                    ReplaceRegions(cell, markers, where);
                ClearOutputs(cell);
            }
            else if (cell.Kind == CellKind.Markdown)
                ReplaceRegions(cell, SolutionRegions.Markdown, where);
        }
        return learner;
    }

    /// <summary>
    /// Removes outputs and execution counts from every code cell, as committed notebooks must be.
    /// </summary>
    public static void ClearOutputs(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Kind != CellKind.Code)
            return;
        if (cell.Json.ContainsKey("outputs"))
            cell.Json["outputs"] = new JsonArray();
        if (cell.Json.ContainsKey("execution_count"))
            cell.Json["execution_count"] = null;
    }

    private static void ReplaceRegions(NotebookCell cell, RegionMarkers markers, string where)
    {
        var source = cell.Source;
        if (SolutionRegions.HasRegion(source, markers))
            cell.Source = SolutionRegions.Replace(source, markers, where);
    }
}
