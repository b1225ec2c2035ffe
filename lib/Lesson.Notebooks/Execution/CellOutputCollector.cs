using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// Turns the kernel events of one cell into Jupyter outputs: displayed and returned values with all
/// their formatted MIME types, stdout/stderr as streams (consecutive writes merged), errors.
/// An update to a displayed value replaces that value in place, as front ends do.
/// Events arrive on kernel threads, hence the lock.
/// </summary>
internal sealed class CellOutputCollector
{
    private readonly KernelCommand _command;
    private readonly List<CellOutput> _outputs = [];
    private readonly Lock _lock = new();

    public CellOutputCollector(KernelCommand command) => _command = command;

    /// <summary>The failure message when the cell's command failed, else null.</summary>
    public string? FailureMessage { get; private set; }

    public IReadOnlyList<CellOutput> Outputs
    {
        get
        {
            lock (_lock)
                return _outputs.ToList();
        }
    }

    public void Observe(KernelEvent e)
    {
        lock (_lock)
            Add(e);
    }

    private void Add(KernelEvent e)
    {
        switch (e)
        {
            case StandardOutputValueProduced stdout:
                AppendStream("stdout", PlainText(stdout));
                break;
            case StandardErrorValueProduced stderr:
                AppendStream("stderr", PlainText(stderr));
                break;
            case ErrorProduced error:
                AppendError(error.Message);
                break;
            case DisplayedValueUpdated updated:
                Replace(updated);
                break;
            case ReturnValueProduced { Value: DisplayedValue }:
                break; // display(...) returned its handle; the value itself was already displayed.
            case ReturnValueProduced result:
                _outputs.Add(Display(OutputKind.Result, result));
                break;
            case DisplayedValueProduced displayed:
                _outputs.Add(Display(OutputKind.Display, displayed));
                break;
            case CommandFailed failed when IsOwnCommand(failed.Command):
                FailureMessage = failed.Message;
                AppendError(failed.Message, failed.Exception);
                break;
        }
    }

    private bool IsOwnCommand(KernelCommand command)
    {
        for (var c = command; c is not null; c = c.Parent)
        {
            if (ReferenceEquals(c, _command))
                return true;
        }
        return false;
    }

    private void Replace(DisplayedValueUpdated updated)
    {
        var replacement = Display(OutputKind.Display, updated);
        var index = _outputs.FindIndex(o => o.ValueId is not null && o.ValueId == updated.ValueId);
        if (index >= 0)
            _outputs[index] = replacement with { Kind = _outputs[index].Kind };
        else
            _outputs.Add(replacement);
    }

    private void AppendStream(string name, string text)
    {
        if (_outputs.Count > 0 && _outputs[^1] is { Kind: OutputKind.Stream } last && last.Name == name)
            _outputs[^1] = last with { Text = last.Text + text };
        else
            _outputs.Add(CellOutput.Stream(name, text));
    }

    private void AppendError(string message, Exception? exception = null)
    {
        // A compile error arrives both as ErrorProduced and as CommandFailed: show it once.
        if (_outputs.Count > 0 && _outputs[^1] is { Kind: OutputKind.Error } last && last.Text == message)
            return;
        var name = exception?.GetType().Name ?? "Error";
        var traceback = exception?.StackTrace?.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        _outputs.Add(CellOutput.Error(name, message, traceback));
    }

    private static CellOutput Display(OutputKind kind, DisplayEvent e)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in e.FormattedValues)
            data[value.MimeType] = value.Value;
        return new CellOutput(kind, data, ValueId: e.ValueId);
    }

    private static string PlainText(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value
        ?? e.FormattedValues.FirstOrDefault()?.Value
        ?? "";
}
