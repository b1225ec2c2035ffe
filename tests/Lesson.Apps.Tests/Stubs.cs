namespace Lesson.Apps.Tests;

/// <summary>Fills in an exercise stub the way a learner does, in a notebook cell or an app alike.</summary>
internal static class Stubs
{
    private const string Stub = "throw new NotImplementedException();";

    /// <summary><paramref name="source"/> with the stub of the method whose declaration starts with
    /// <paramref name="signature"/> replaced by <paramref name="body"/>.</summary>
    public static string Answer(string source, string signature, string body)
    {
        int method = source.IndexOf(signature, StringComparison.Ordinal);
        Assert.True(method >= 0, $"no method {signature}");
        int stub = source.IndexOf(Stub, method, StringComparison.Ordinal);
        Assert.True(stub >= 0, $"{signature} has no stub");
        return source[..stub] + body + source[(stub + Stub.Length)..];
    }
}
