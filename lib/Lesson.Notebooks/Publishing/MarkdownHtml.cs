using Markdig;

namespace Lesson.Notebooks.Publishing;

/// <summary>
/// Markdown cells as HTML: GitHub-style pipe tables, raw HTML passed through (so a
/// <c>&lt;details&gt;</c> model answer stays collapsible), headings with ids.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers()
        .UseTaskLists()
        .UseAutoLinks()
        .Build();

    /// <summary>The HTML for one markdown cell.</summary>
    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Markdown.ToHtml(markdown, Pipeline);
    }
}
