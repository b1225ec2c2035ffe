using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// Builds the kernel a notebook runs in: a composite kernel with the C# kernel that VS Code and
/// Jupyter start (with <c>#r "nuget:..."</c>, the <c>display(...)</c> helpers, <c>#!who</c> and value
/// sharing) and the HTML kernel, set up the way the browser front ends set up formatting.
/// </summary>
public static class KernelFactory
{
    /// <summary>The name of the C# kernel, as in the notebooks' metadata.</summary>
    public const string CSharp = "csharp";

    /// <summary>
    /// A fresh kernel. Formatter state is process-wide, so it is reset here: every notebook starts
    /// from the defaults, as it would in a freshly started host.
    /// </summary>
    public static CompositeKernel Create()
    {
        Formatter.ResetToDefault();
        // As the hosts do for a browser front end: rich values as HTML, strings as plain text.
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);

        var csharp = new CSharpKernel()
            .UseNugetDirective(AddPackageAssemblies)
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        var composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.Add(new HtmlKernel());
        composite.DefaultKernelName = CSharp;
        PackageExtensionLoader.Attach(composite);
        return composite;
    }

    private static Task AddPackageAssemblies(CSharpKernel kernel, IReadOnlyList<ResolvedPackageReference> packages)
    {
        kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
        return Task.CompletedTask;
    }
}
