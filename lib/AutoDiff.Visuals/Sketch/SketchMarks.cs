using AutoDiff.Sketch;

namespace AutoDiff.Visuals;

/// <summary>Which mark each kind of difference puts on the sketch and on the trace, and the
/// legend that explains the colours in words.</summary>
internal static class SketchMarks
{
    public static (Mark? Sketch, Mark? Trace) For(SketchDifferenceKind kind) => kind switch
    {
        SketchDifferenceKind.MissingInput or SketchDifferenceKind.MissingNode or SketchDifferenceKind.MissingEdge => (null, new(MarkStyle.Missing, "missing")),
        SketchDifferenceKind.ExtraInput or SketchDifferenceKind.ExtraNode or SketchDifferenceKind.ExtraEdge => (new(MarkStyle.Extra, "extra"), null),
        SketchDifferenceKind.InputUsedTooFew => (new(MarkStyle.Wrong, "too few edges"), null),
        SketchDifferenceKind.WrongOperation => (new(MarkStyle.Wrong, "wrong operation"), new(MarkStyle.Wrong, "differs")),
        SketchDifferenceKind.WrongOperands => (new(MarkStyle.Wrong, "wrong operands"), new(MarkStyle.Wrong, "differs")),
        SketchDifferenceKind.WrongDerivative => (new(MarkStyle.Wrong, "wrong derivative"), new(MarkStyle.Wrong, "differs")),
        SketchDifferenceKind.WrongValue => (new(MarkStyle.Wrong, "wrong value"), null),
        SketchDifferenceKind.WrongAdjoint => (new(MarkStyle.Wrong, "wrong grad"), null),
        _ => (new(MarkStyle.Wrong, "no number"), null),
    };

    public static string LegendHtml =>
        "<div class=\"autodiff-sketch-legend\" style=\"font:12px " + Theme.FontFamily + ";margin:6px 2px\">"
        + Swatch(MarkStyle.Wrong, "wrong (on your sketch; its counterpart in f: differs)") + " "
        + Swatch(MarkStyle.Extra, "extra: in your sketch, not in f") + " "
        + Swatch(MarkStyle.Missing, "missing: in f, not in your sketch") + "</div>\n";

    private static string Swatch(MarkStyle style, string text)
    {
        var mark = new Mark(style, "");
        string border = style == MarkStyle.Wrong ? "solid" : "dashed";
        return $"<span style=\"display:inline-block;margin-right:12px\"><span style=\"display:inline-block;width:18px;height:10px;border:2.5px {border} {mark.Colour};border-radius:4px;vertical-align:middle;margin-right:4px\"></span>{HtmlText.Escape(text)}</span>";
    }
}
