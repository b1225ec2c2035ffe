using System.Net;

namespace Lesson.Notebooks.Publishing;

/// <summary>The stylesheet every published page carries inline (no external files).</summary>
public static class PageStyle
{
    /// <summary>
    /// The start of a page, up to and including <c>&lt;body&gt;</c>: the title, this stylesheet and
    /// <paramref name="extraHead"/> (markup placed as is, e.g. scripts).
    /// </summary>
    public static string Open(string title, string extraHead = "") =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{WebUtility.HtmlEncode(title)}</title>
        <style>{Css}</style>
        {extraHead}</head>
        <body>

        """;

    /// <summary>CSS for the notebook and index pages.</summary>
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; color: #1f2328;
               max-width: 1100px; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
        a { color: #0969da; }
        nav { font-size: .9rem; margin-bottom: 1rem; }
        .summary { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem 1rem; margin-bottom: 1.5rem; }
        .cell { margin: 1rem 0; }
        .cell.code { border-left: 3px solid #d0d7de; padding-left: .8rem; }
        .cell.failed { border-left-color: #cf222e; }
        .cell .prompt { font: .75rem ui-monospace, monospace; color: #57606a; }
        pre { overflow-x: auto; }
        pre.source { background: #f6f8fa; border-radius: 6px; padding: .7rem 1rem; margin: .2rem 0; font-size: .85rem; }
        .output { margin: .4rem 0; overflow-x: auto; }
        pre.output.stream { background: #fff; padding: .3rem .5rem; margin: .2rem 0; font-size: .85rem; white-space: pre-wrap; }
        pre.output.stderr { color: #9a6700; }
        pre.output.error { background: #ffebe9; color: #82071e; border-radius: 6px; padding: .6rem 1rem; white-space: pre-wrap; }
        .badge { display: inline-block; border-radius: 1em; padding: 0 .6em; font-size: .8rem; margin: 0 .2em .2em 0; }
        .badge.correct, .badge.ok { background: #dafbe1; color: #116329; }
        .badge.self-checked { background: #ddeafb; color: #1f4f99; }
        .badge.not-attempted { background: #fff8c5; color: #7d4e00; }
        .badge.wrong, .badge.failed, .badge.interrupted { background: #ffebe9; color: #82071e; }
        .badge.not-run { background: #eaeef2; color: #424a53; }
        table.runs { border-collapse: collapse; width: 100%; }
        table.runs th, table.runs td { border: 1px solid #d0d7de; padding: .4rem .6rem; text-align: left; vertical-align: top; }
        table.runs th { background: #f6f8fa; }
        .markdown table { border-collapse: collapse; }
        .markdown th, .markdown td { border: 1px solid #d0d7de; padding: .3rem .6rem; }
        details { background: #f6f8fa; border-radius: 6px; padding: .4rem .8rem; }
        """;
}
