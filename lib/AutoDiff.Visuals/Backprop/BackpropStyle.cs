namespace AutoDiff.Visuals;

/// <summary>CSS for the step-through view, scoped to one view's id. Without scripts every frame
/// shows as a card in a wrapping strip; the player (class adbp-live, set by the script) shows
/// one card and highlights its node. Cards have their own light background and dark text, so
/// they read in light and dark themes.</summary>
internal static class BackpropStyle
{
    public static string Css(string id)
    {
        string s = "#" + id;
        return $$"""
            {{s}} .adbp-frames{display:flex;flex-wrap:wrap;gap:10px;list-style:none;padding:0;margin:8px 0}
            {{s}} .adbp-frame{background:#f6f8fa;color:{{Theme.Ink}};border:1px solid #d0d7de;border-radius:8px;padding:8px 12px;min-width:260px;font-size:13px}
            {{s}} .adbp-head{font-weight:600;margin-bottom:4px}
            {{s}} .adbp-kind,{{s}} .adbp-op,{{s}} .adbp-rule{color:{{Theme.MutedInk}};font-weight:400}
            {{s}} .adbp-terms{border-collapse:collapse;font-size:12.5px;margin:4px 0}
            {{s}} .adbp-terms th,{{s}} .adbp-terms td{border-bottom:1px solid #d0d7de;padding:2px 8px;text-align:left;color:{{Theme.Ink}};background:transparent}
            {{s}} .adbp-terms th{font-weight:600}
            {{s}} .adbp-seed,{{s}} .adbp-result{margin:4px 0}
            {{s}} .adbp-controls{display:flex;gap:6px;align-items:center;margin:6px 0}
            {{s}} .adbp-controls button{font:inherit;font-size:13px;padding:3px 10px;border-radius:6px;border:1px solid #8c959f;background:#f6f8fa;color:{{Theme.Ink}};cursor:pointer}
            {{s}} .adbp-controls button:disabled{opacity:.45;cursor:default}
            {{s}} .adbp-pos{font-size:13px;color:{{Theme.Edge}}}
            {{s}}.adbp-live .adbp-frame{display:none}
            {{s}}.adbp-live .adbp-frame.adbp-current{display:block}
            {{s}}.adbp-live .ad-node{opacity:.5}
            {{s}}.adbp-live .ad-node.adbp-done{opacity:1}
            {{s}}.adbp-live .ad-node.adbp-visit rect.ad-node-box{stroke:{{Theme.Highlight}};stroke-width:3}
            {{s}}.adbp-live path.ad-edge.adbp-flow{stroke:{{Theme.Highlight}};stroke-width:2.5}
            {{s}}.adbp-live path.ad-edge.adbp-send{stroke:{{Theme.Highlight}};stroke-width:2.5;stroke-dasharray:6 3}
            {{s}} .adbp-sends-head{margin:8px 0 2px 0}
            """;
    }
}
