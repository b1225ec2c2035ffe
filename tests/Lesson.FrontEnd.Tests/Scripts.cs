namespace Lesson.FrontEnd.Tests;

/// <summary>Conditions and queries evaluated in the classic Notebook page (its documented
/// <c>Jupyter.notebook</c> object).</summary>
internal static class Scripts
{
    public const string KernelReady = """
        () => !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel
            && Jupyter.notebook.kernel.is_connected()
            && document.querySelector('#kernel_indicator_icon.kernel_idle_icon'))
        """;

    // Settled: nothing queued or running ('*'), the kernel idle, and either every code cell has
    // run or an error output stopped the run (queued cells after an error never run).
    public const string Settled = """
        () => {
          const code = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');
          if (code.some(c => c.input_prompt_number === '*')) return false;
          if (!document.querySelector('#kernel_indicator_icon.kernel_idle_icon')) return false;
          const errored = code.some(c => c.output_area.outputs.some(o => o.output_type === 'error'));
          return errored || code.every(c => typeof c.input_prompt_number === 'number');
        }
        """;

    public const string UnrunCodeCells = """
        () => Jupyter.notebook.get_cells().map((c, i) => [c, i])
            .filter(([c]) => c.cell_type === 'code' && typeof c.input_prompt_number !== 'number').map(([, i]) => i)
        """;

    public const string ErrorOutputs = """
        () => Jupyter.notebook.get_cells().flatMap((c, i) => c.cell_type !== 'code' ? [] :
            c.output_area.outputs
              .filter(o => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))
              .map(o => 'cell ' + i + ': ' + (o.output_type === 'error' ? o.ename + ': ' + o.evalue : o.text)))
        """;

    public const string CellIndex = """
        text => Jupyter.notebook.get_cells().findIndex(c => c.get_text().includes(text))
        """;

    public const string HighestExecutionCount = """
        () => Math.max(0, ...Jupyter.notebook.get_cells().map(c => typeof c.input_prompt_number === 'number' ? c.input_prompt_number : 0))
        """;

    // The cells [index, index + count) all ran after the execution count 'before'.
    public const string RanSince = """
        ([index, count, before]) => Jupyter.notebook.get_cells().slice(index, index + count)
            .every(c => c.cell_type !== 'code' || (typeof c.input_prompt_number === 'number' && c.input_prompt_number > before))
        """;
}
