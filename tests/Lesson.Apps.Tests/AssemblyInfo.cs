// Each app is a build of its own on a machine with two cores: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
