namespace Lesson.Notebooks.Apps;

/// <summary>The comment at the top of every generated app: what it is, how to run it, what a
/// compile error does, where the output goes.</summary>
internal static class AppHeader
{
    /// <summary>Writes the header of app <paramref name="name"/> (no extension).</summary>
    public static void Write(AppText text, string name, AppVariant variant)
    {
        string folder = AppSync.Folder(variant);
        text.Write($"""
            // Lesson 1.2.40 · {name} — the notebook {name}.ipynb as a .NET file-based app ({(variant == AppVariant.Learner ? "learner version, with exercise stubs" : "worked solutions")}).
            // GENERATED from solutions/{name}.ipynb by `{AppSync.GenerateCommand}`: edit the solution notebook, not this file.
            //
            // Run it with only the .NET 10 SDK, from the repository root or from this folder:
            //     dotnet run apps/{folder}/{name}.cs
            //     dotnet run {name}.cs
            // The terminal shows each result as text: ✔ correct, ✘ not yet right (with a hint), ○ not attempted yet.
            // Graphs, charts, the backprop step-through and the feedback go to one offline page, out/{name}.html
            // next to this file; the run prints its path last.
            //
            // {(variant == AppVariant.Learner ? "Do the exercises by editing the methods that say `throw new NotImplementedException();`, then run again." : "Every method here holds its worked solution; apps/learner has the version with stubs.")}
            // Unlike a notebook, the app is compiled as a whole: ONE COMPILE ERROR ANYWHERE STOPS ALL OF IT. The
            // compiler names the exercise, e.g. "{name}.cs [Exercise 1.2.40.2, G](52,16): error CS0103: …".
            // An exception at run time is shown (as a notebook shows a failed cell) and the rest still runs.
            // Model answers are folded away at the end of this file: read them after you have tried.
            """);
    }
}
