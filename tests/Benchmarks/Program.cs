using BenchmarkDotNet.Running;

// Runs the benchmarks chosen by --filter, e.g. `-- --filter '*'` for all of them.
BenchmarkSwitcher.FromAssembly(typeof(Benchmarks.ShortRunConfig).Assembly).Run(args);
