using Lesson.Runner;

return await RunnerCommandLine.MainAsync(args).ConfigureAwait(false);
