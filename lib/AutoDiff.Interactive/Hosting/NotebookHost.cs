using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Interactive;

/// <summary>
/// Every touch of a .NET Interactive type that the display layer needs, in one place. A plain
/// .NET app may run without those assemblies (the notebook host supplies them), and the JIT
/// resolves a method's types when it compiles the method: so each touch sits in its own
/// non-inlined method, and callers ask <see cref="IsActive"/> or catch the load failure first.
/// </summary>
internal static class NotebookHost
{
    /// <summary>True while a .NET Interactive kernel runs the calling code (a notebook cell);
    /// false in a plain app, a test host or when the assemblies are missing.</summary>
    public static bool IsActive => CurrentKernelName() is not null;

    /// <summary>The kernel running the calling code ("csharp"), or null outside a kernel.</summary>
    public static string? CurrentKernelName()
    {
        try
        {
            return KernelName();
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            // Not in a notebook host: Microsoft.DotNet.Interactive is not there at all.
            return null;
        }
    }

    /// <summary>Registers the HTML formatters when the formatting assembly can be loaded (notebook
    /// and test hosts); returns false when it cannot (a plain app without it).</summary>
    public static bool TryRegisterFormatters()
    {
        try
        {
            RegisterFormatters();
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            return false;
        }
    }

    /// <summary>Displays <paramref name="value"/> in the current cell (as <paramref name="mimeType"/>,
    /// or as its formatter prefers when null) and returns the displayed value's handle.
    /// Call only when <see cref="IsActive"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static object? Display(object? value, string? mimeType) => KernelInvocationContext.Current is { } context
        ? mimeType is null ? context.Display(value) : context.Display(value, mimeType)
        : null;

    /// <summary>Replaces a displayed output in place (the handle <see cref="Display"/> returned).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Update(object displayed, object value) => ((DisplayedValue)displayed).Update(value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? KernelName() => KernelInvocationContext.Current?.HandlingKernel?.Name;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterFormatters()
    {
        Formatters.RegisterAll();
    }
}
