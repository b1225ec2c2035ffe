namespace AutoDiff.Visuals;

/// <summary>A minimal complete HTML page around a fragment, for saving pictures to files that
/// open in any browser without a notebook host or network.</summary>
public static class HtmlPage
{
    /// <summary>Wraps <paramref name="bodyHtml"/> (trusted markup) in a UTF-8 page titled
    /// <paramref name="title"/> (escaped).</summary>
    public static string Wrap(string title, string bodyHtml) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + HtmlText.Escape(title)
        + "</title>\n<style>body{margin:16px;font-family:" + Theme.FontFamily + ";}</style>\n</head>\n<body>\n"
        + bodyHtml + "\n</body>\n</html>\n";
}
