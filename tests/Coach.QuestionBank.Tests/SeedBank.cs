using Coach.QuestionBank.Content;
using Coach.Tests;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.QuestionBank.Tests;

/// <summary>The shipped content folder, loaded once per test class that asks for it.</summary>
public sealed class SeedBank : IDisposable
{
    public SeedBank()
    {
        Content = ContentReader.ReadAsync(RepositoryPaths.Content, CancellationToken.None).GetAwaiter().GetResult();
        Bank.Apply(Content);
    }

    public ContentSnapshot Content { get; }

    public LiveQuestionBank Bank { get; } = new(NullLogger<LiveQuestionBank>.Instance);

    public void Dispose() => Bank.Dispose();
}
