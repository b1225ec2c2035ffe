using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Lesson.Notebooks.Tests;

/// <summary>
/// Compiles a tiny library that nothing in this process has loaded, so that a notebook's
/// <c>#r "lib/FixtureLib.dll"</c> can only succeed by resolving the relative path from the
/// notebook's folder.
/// </summary>
internal static class FixtureLibrary
{
    public const string Greeting = "hello from FixtureLib";

    public static void EmitTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var source = $$"""namespace FixtureLib { public static class Greeter { public static string Hello() => "{{Greeting}}"; } }""";
        var compilation = CSharpCompilation.Create(
            "FixtureLib",
            [CSharpSyntaxTree.ParseText(source)],
            PlatformReferences(),
            new CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    private static IEnumerable<MetadataReference> PlatformReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
}
