namespace System.Runtime.CompilerServices;

// Records need this type, which netstandard2.0 (the target the compiler loads generators from) lacks.
internal static class IsExternalInit;
