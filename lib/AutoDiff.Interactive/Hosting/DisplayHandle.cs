namespace AutoDiff.Interactive;

/// <summary>
/// One displayed output that can be replaced in place, in either world: in a notebook it wraps
/// the kernel's displayed value (kept as <see cref="object"/> so that this type never names a
/// .NET Interactive type); in a plain app it is a block of the app's page.
/// </summary>
public sealed class DisplayHandle
{
    private readonly object? notebookValue;
    private readonly AppPage? page;
    private readonly int block;

    private DisplayHandle(object? notebookValue, AppPage? page, int block)
    {
        this.notebookValue = notebookValue;
        this.page = page;
        this.block = block;
    }

    internal static DisplayHandle InNotebook(object displayed) => new(displayed, null, -1);

    internal static DisplayHandle InPage(AppPage page, int block) => new(null, page, block);

    /// <summary>Shows <paramref name="value"/> instead of what this handle showed: the notebook
    /// output is replaced; in a plain app the page block is replaced and the text form printed.</summary>
    public void Update(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (notebookValue is not null) NotebookHost.Update(notebookValue, value);
        else page?.Replace(block, value);
    }
}
