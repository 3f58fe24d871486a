using Par.Bench;

return await BenchRunner.RunAsync(args);
