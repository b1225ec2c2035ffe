using Spectre.Console;

namespace Lesson.Runner;

/// <summary>The lesson runner's verbs: run, generate, clean, and the hidden run-one used per notebook.</summary>
public static class RunnerCommandLine
{
    /// <summary>Runs the command line; returns the process exit code (0 ok, 1 failures, 2 bad usage).</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.FirstOrDefault();
        var rest = args.Skip(1).ToList();
        var help = HelpFor(command);
        if (help is not null && Usage.Requested(rest))
            return Print(Console.Out, help, exitCode: 0);
        try
        {
            return command switch
            {
                "run" => await new LessonRun(RunOptions.Parse(rest), AnsiConsole.Console).ExecuteAsync().ConfigureAwait(false),
                "run-one" => await RunOneCommand.ExecuteAsync(rest).ConfigureAwait(false),
                "generate" => MaintenanceCommands.Generate(check: HasCheck(rest)),
                "clean" => MaintenanceCommands.Clean(check: HasCheck(rest)),
                "--help" or "-h" or "help" => Print(Console.Out, HelpFor(rest.FirstOrDefault()) ?? Usage.Overview, exitCode: 0),
                null => throw new UsageException("Name a command: run, generate or clean."),
                _ => throw new UsageException($"Unknown command \"{command}\"; the commands are run, generate and clean."),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine();
            return Print(Console.Error, help ?? Usage.Overview, exitCode: 2);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Outside the repository, or an output folder that cannot be written: the message says which.
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static string? HelpFor(string? command) => command switch
    {
        "run" => Usage.Run,
        "generate" => Usage.Generate,
        "clean" => Usage.Clean,
        _ => null,
    };

    private static bool HasCheck(List<string> rest)
    {
        foreach (var option in rest.Where(a => a != "--check"))
            throw new UsageException($"Unknown option {option}; the only option is --check.");
        return rest.Count > 0;
    }

    private static int Print(TextWriter writer, string text, int exitCode)
    {
        writer.WriteLine(text);
        return exitCode;
    }
}
