using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lesson.Runner;

/// <summary>A progress column showing "run/total" code cells, e.g. "7/10 cells".</summary>
internal sealed class CellCountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        var text = string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0} cells");
        return new Text(text, task.IsFinished ? new Style(Color.Green) : Style.Plain);
    }
}
