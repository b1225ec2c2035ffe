using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// Escaping for text placed in HTML or SVG (which is XML): every label a learner types goes
/// through here, so <c>&lt;script&gt;alert(1)&lt;/script&gt;</c> shows as text and runs nothing.
/// </summary>
public static class HtmlText
{
    /// <summary>Escapes <paramref name="text"/> for element content and quoted attribute values:
    /// &amp; &lt; &gt; " ' become entities; control characters that XML forbids are dropped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // XML 1.0 allows only tab, newline and carriage return below U+0020.
                case < ' ' when c is not ('\t' or '\n' or '\r'): break;
                case '\uFFFE' or '\uFFFF': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
