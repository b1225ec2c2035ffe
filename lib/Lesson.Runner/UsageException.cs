namespace Lesson.Runner;

/// <summary>
/// The command line is wrong (an unknown option, a missing or bad value). The runner prints the
/// message and the command's help to standard error and exits with code 2.
/// </summary>
internal sealed class UsageException : ArgumentException
{
    public UsageException(string message) : base(message) { }

    public UsageException(string message, Exception inner) : base(message, inner) { }

    public UsageException() : base("The command line is not valid.") { }
}
