using System.Reflection;
using System.Runtime.Loader;

namespace AutoDiff.Interactive;

/// <summary>
/// Keeps one copy of each library this DLL ships with, whoever asks for it. Two clashes in the
/// notebook hosts make this necessary:
/// <list type="bullet">
/// <item>Plotly.NET 6 is compiled against FSharp.Core 10.1 while dotnet-interactive and
/// dotnet-repl have FSharp.Core 10.0 loaded; the default load context refuses to hand 10.0 to a
/// 10.1 request, so the first chart would throw FileNotFoundException.</item>
/// <item>The hosts load a <c>#r</c> DLL's dependencies through Roslyn's script loader, which
/// loads a strong-named assembly a second time when two libraries ask for different versions of
/// it (seen with a layout library asking for an older QuikGraph than we shipped): two copies of
/// one library make its types fail with a TypeLoadException.</item>
/// </list>
/// The host's default load context asks its <c>Resolving</c> handlers before Roslyn's loader, so a
/// handler that answers every request for a library found next to this DLL with the copy already
/// loaded (or else the host's own, or else ours) gives each library exactly one copy.
/// </summary>
/// <remarks>
/// It deliberately mentions no Plotly or F# type: the JIT must be able to compile and
/// run <see cref="Install"/> before anything pulls those assemblies in.
/// </remarks>
internal static class AssemblyUnifier
{
    // A process-wide flag kept in AppDomain data rather than a static field: it survives a
    // second copy of this assembly being loaded, so the handler is installed exactly once.
    private const string InstalledKey = "AutoDiff.Interactive.AssemblyUnifier.Installed";

    private static readonly Lock Gate = new();

    /// <summary>True once the handler is in place in this process.</summary>
    public static bool IsInstalled => AppDomain.CurrentDomain.GetData(InstalledKey) is true;

    /// <summary>Adds the resolving handler to the default load context; a second call does nothing.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (IsInstalled) return;
            AssemblyLoadContext.Default.Resolving += Resolve;
            AppDomain.CurrentDomain.SetData(InstalledKey, true);
        }
    }

    /// <summary>The assembly a request for <paramref name="requested"/> should get, or null (not one
    /// of our libraries: let the host decide).</summary>
    internal static Assembly? Resolve(AssemblyLoadContext context, AssemblyName requested)
    {
        string? name = requested.Name;
        if (string.IsNullOrEmpty(name) || ShippedPath(name) is not { } shipped) return null;
        if (Loaded(name) is { } loaded) return loaded;
        return context.LoadFromAssemblyPath(HostPath(name) ?? shipped);
    }

    /// <summary>The copy already loaded in any load context (the highest version if several).
    /// Minor versions of these libraries are backward compatible for the members we use.</summary>
    internal static Assembly? Loaded(string name) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.GetName().Version)
            .FirstOrDefault();

    /// <summary>The host's own copy (its trusted platform assemblies), which it will load anyway.</summary>
    private static string? HostPath(string name) =>
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string)?
            .Split(Path.PathSeparator)
            .FirstOrDefault(p => string.Equals(Path.GetFileNameWithoutExtension(p), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The copy built next to this DLL, or null when the library is not one of ours.</summary>
    private static string? ShippedPath(string name)
    {
        string? folder = Path.GetDirectoryName(typeof(AssemblyUnifier).Assembly.Location);
        if (string.IsNullOrEmpty(folder)) return null;
        string path = Path.Combine(folder, name + ".dll");
        return File.Exists(path) ? path : null;
    }
}
