using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// Runs the kernel extensions that a NuGet package ships in <c>interactive-extensions/dotnet/</c>
/// after <c>#r "nuget: ..."</c> adds it. The real hosts do this; an in-process kernel does not, so
/// without it a package such as Plotly.NET.Interactive would register no formatters here.
/// </summary>
internal static class PackageExtensionLoader
{
    public static void Attach(CompositeKernel kernel)
    {
        var added = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        kernel.RegisterForDisposal(kernel.KernelEvents.Subscribe(e =>
        {
            if (e is PackageAdded { PackageReference.PackageRoot: { } root } && seen.TryAdd(root, true))
                added.Enqueue(root);
        }));
        kernel.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context).ConfigureAwait(false);
            while (added.TryDequeue(out var root))
                await LoadAsync(Path.Combine(root, "interactive-extensions", "dotnet"), kernel, context).ConfigureAwait(false);
        });
    }

    private static async Task LoadAsync(string folder, Kernel kernel, KernelInvocationContext context)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var dll in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
            foreach (var type in ExtensionTypes(assembly))
            {
                try
                {
                    var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                    await extension.OnLoadAsync(kernel).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    context.Fail(context.Command, e, $"Kernel extension {type.FullName} from {dll} failed to load: {e.Message}");
                }
            }
        }
    }

    private static IEnumerable<Type> ExtensionTypes(Assembly assembly) =>
        assembly.ExportedTypes.Where(t =>
            !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && typeof(IKernelExtension).IsAssignableFrom(t));
}
