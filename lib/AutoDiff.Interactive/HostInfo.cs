using System.Reflection;

namespace AutoDiff.Interactive;

/// <summary>Which notebook host this code runs in, for the setup banner.</summary>
internal static class HostInfo
{
    /// <summary>E.g. "dotnet-interactive (jupyter), kernel csharp", "dotnet-repl, kernel csharp".</summary>
    public static string Describe()
    {
        if (AppPage.EntryFile() is { } app)
            return $"the .NET file-based app {Path.GetFileName(app)} (no notebook host)";
        string entry = Assembly.GetEntryAssembly()?.GetName().Name ?? "unknown";
        string host = entry switch
        {
            "Microsoft.DotNet.Interactive.App" => "dotnet-interactive" + Mode(),
            "dotnet-repl" => "dotnet-repl",
            "testhost" or "ReSharperTestRunner" => "a test host (in-process kernel)",
            _ => entry,
        };
        return NotebookHost.CurrentKernelName() is { } kernel ? $"{host}, kernel {kernel}" : host;
    }

    // "jupyter" or "stdio" (the mode VS Code's Polyglot Notebooks starts) is the tool's first argument.
    private static string Mode()
    {
        var args = Environment.GetCommandLineArgs();
        string? mode = args.Skip(1).FirstOrDefault(a => a is "jupyter" or "stdio" or "http");
        return mode switch
        {
            "stdio" => " (stdio: VS Code Polyglot Notebooks or a headless client)",
            null => "",
            _ => $" ({mode})",
        };
    }
}
