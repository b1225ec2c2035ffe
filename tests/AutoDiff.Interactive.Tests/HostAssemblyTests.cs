using System.Reflection;
using System.Runtime.Loader;

namespace AutoDiff.Interactive.Tests;

/// <summary>The assembly resolver that keeps one copy of each shipped library, and the build
/// output a notebook host loads. (Whether charts draw in the real hosts is checked by running a
/// notebook in dotnet-repl and dotnet-interactive; in-process this test host has FSharp.Core 10.1.)</summary>
public sealed class HostAssemblyTests
{
    private static readonly string[] HostNeeds =
    [
        "AutoDiff.dll", "AutoDiff.Sketch.dll", "AutoDiff.Visuals.dll", "AutoDiff.Interactive.dll", "Plotly.NET.dll", "PlotlyJsReader.dll",
        "Plotly.NET.CSharp.dll", "FSharp.Core.dll", "DynamicObj.dll", "Giraffe.ViewEngine.dll", "Newtonsoft.Json.dll",
    ];

    [Fact]
    public void Resolve_HigherFSharpCoreRequested_ReturnsTheLoadedCopy()
    {
        var loaded = typeof(Microsoft.FSharp.Core.FSharpOption<int>).Assembly;
        var resolved = AssemblyUnifier.Resolve(AssemblyLoadContext.Default, new AssemblyName("FSharp.Core, Version=99.0.0.0"));
        Assert.Same(loaded, resolved);
    }

    [Fact]
    public void Resolve_OlderVersionOfAShippedLibraryRequested_ReturnsTheLoadedCopy()
    {
        // A library compiled against an older Plotly.NET must get the one copy already loaded.
        var loaded = typeof(Plotly.NET.GenericChart).Assembly;
        var resolved = AssemblyUnifier.Resolve(AssemblyLoadContext.Default, new AssemblyName("Plotly.NET, Version=1.0.0.0"));
        Assert.Same(loaded, resolved);
    }

    [Fact]
    public void Resolve_LibraryWeDoNotShip_IsLeftToTheHost()
    {
        Assert.Null(AssemblyUnifier.Resolve(AssemblyLoadContext.Default, new AssemblyName("Not.A.Shipped.Library, Version=1.0.0.0")));
    }

    [Fact]
    public void BuildOutput_HasEverythingAHostNeeds_AndNoHostAssemblies()
    {
        string folder = Path.Combine(RepositoryFolders.Root, "artifacts", "bin", "AutoDiff.Interactive", "debug");
        var files = Directory.GetFiles(folder, "*.dll").Select(Path.GetFileName).ToHashSet();
        Assert.All(HostNeeds, dll => Assert.Contains(dll, files));
        Assert.DoesNotContain(files, f => f!.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain("System.Reactive.dll", files);
    }
}
