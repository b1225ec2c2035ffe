using Spectre.Console;

namespace Lesson.Runner;

/// <summary>The lesson runner's verbs: run, generate, clean, and the hidden run-one used per notebook.</summary>
public static class RunnerCommandLine
{
    /// <summary>Runs the command line; returns the process exit code (0 ok, 1 failures, 2 bad usage).</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.Skip(1).ToList();
        try
        {
            return args.FirstOrDefault() switch
            {
                "run" => await new LessonRun(RunOptions.Parse(rest), AnsiConsole.Console).ExecuteAsync().ConfigureAwait(false),
                "run-one" => await RunOneCommand.ExecuteAsync(rest).ConfigureAwait(false),
                "generate" => MaintenanceCommands.Generate(check: HasCheck(rest)),
                "clean" => MaintenanceCommands.Clean(check: HasCheck(rest)),
                "--help" or "-h" or "help" => Help(0),
                _ => Help(2),
            };
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(RunOptions.Usage);
            return 2;
        }
    }

    private static bool HasCheck(List<string> rest)
    {
        foreach (var option in rest.Where(a => a is not ("--check" or "--check-clean")))
            throw new ArgumentException($"Unknown option {option}.");
        return rest.Count > 0;
    }

    private static int Help(int code)
    {
        Console.WriteLine(RunOptions.Usage);
        return code;
    }
}
