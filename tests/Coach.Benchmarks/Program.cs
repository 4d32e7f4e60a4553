using BenchmarkDotNet.Running;
using Coach.QuestionBank.Benchmarks;

// dotnet run -c Release --project tests/Coach.Benchmarks -- --filter '*'    BenchmarkDotNet suites
// dotnet run -c Release --project tests/Coach.Benchmarks -- --labelled      latency of every labelled query
if (args.Contains("--labelled"))
{
    LabelledSetLatency.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
