using BenchmarkDotNet.Running;
using Coach.QuestionBank.Benchmarks;

// dotnet run -c Release --project tests/Coach.Benchmarks -- --filter '*'    BenchmarkDotNet suites
// dotnet run -c Release --project tests/Coach.Benchmarks -- --labelled      latency of every labelled query
// dotnet run -c Release --project tests/Coach.Benchmarks -- --model-load    time to load the sentence model, cold, in this process
if (args.Contains("--labelled"))
{
    LabelledSetLatency.Run();
    return;
}

if (args.Contains("--model-load"))
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    new Coach.QuestionBank.Semantic.SentenceEmbedder().Embed(["load the model"]);
    Console.WriteLine($"sentence model loaded and first sentence embedded in {clock.ElapsedMilliseconds} ms");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
