namespace Lesson.Runner;

/// <summary>
/// The help texts: one overview and one per command. Errors print the relevant one to standard
/// error, so a mistyped option is answered with the options that exist.
/// </summary>
internal static class Usage
{
    private const string Command = "dotnet run --project lib/Lesson.Runner --";

    public const string Overview = $"""
        Lesson runner: executes the lesson notebooks and publishes them as offline HTML.

        Usage:
          {Command} run [--notebook NAME]... [--learner] [--timeout SECONDS] [--output DIR] [--plain]
          {Command} generate [--check]
          {Command} clean [--check]
          {Command} COMMAND --help

        Commands:
          run        execute notebooks in the .NET Interactive C# kernel and publish them as HTML
          generate   regenerate notebooks/ (learner versions) and apps/ from solutions/
          clean      strip outputs from the committed notebooks

        Exit codes: 0 all went well, 1 a notebook or check failed, 2 the command line was wrong.
        """;

    public const string Run = $"""
        Usage: {Command} run [options]

        Executes notebooks one by one, each in its own kernel process, and writes for each the
        executed .ipynb and an HTML page, plus index.html. Finished notebooks are written at once,
        so a run that is stopped keeps them.

        Options:
          --notebook NAME     a notebook to run: its name ("01-starter"), a unique prefix ("01")
                              or a path to an .ipynb file; repeat for several (default: all)
          --learner           run the learner notebooks in notebooks/ (a stub that still throws
                              NotImplementedException counts as "not attempted yet", not a failure)
          --solutions         run the solution notebooks in solutions/ (the default)
          --timeout SECONDS   the longest one cell may run before it is stopped (default: 120)
          --output DIR        where to write the results (default: artifacts/lesson)
          --plain             plain progress lines instead of the live display (automatic when
                              the output is redirected)
          -h, --help          show this help
        """;

    public const string Generate = $"""
        Usage: {Command} generate [--check]

        Regenerates the learner notebooks in notebooks/ from solutions/: every
        // BEGIN SOLUTION ... // END SOLUTION region becomes a stub. Also writes each
        notebook as a .NET file-based app: apps/learner/NAME.cs (stubs) and
        apps/solutions/NAME.cs (worked), run with `dotnet run apps/learner/NAME.cs`.

        Options:
          --check      change nothing; list what is out of date and exit 1 if anything is
          -h, --help   show this help
        """;

    public const string Clean = $"""
        Usage: {Command} clean [--check]

        Strips outputs and execution counts from the notebooks in solutions/ and notebooks/, and
        reports cells that lack the Polyglot Notebooks metadata.

        Options:
          --check      change nothing; list the problems and exit 1 if there are any
          -h, --help   show this help
        """;

    /// <summary>True when the arguments ask for help.</summary>
    public static bool Requested(IEnumerable<string> args) => args.Any(a => a is "--help" or "-h");
}
