namespace AutoDiff;

/// <summary>Thrown when an operation has no entry in the table of primitives.</summary>
public sealed class MissingRuleException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="op"/>.</summary>
    public MissingRuleException(Op op)
        : base($"No derivative rule for the primitive '{op}'. Add its entry to the table of primitives (lib/AutoDiff/Core/Primitives).") => Op = op;

    /// <summary>Creates the exception with a message.</summary>
    public MissingRuleException() : base("No derivative rule for this primitive.") { }

    /// <summary>Creates the exception with a message.</summary>
    public MissingRuleException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public MissingRuleException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The primitive that has no rule.</summary>
    public Op Op { get; }
}
