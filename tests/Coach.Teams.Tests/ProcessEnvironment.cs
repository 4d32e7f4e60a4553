namespace Coach.Teams.Tests;

/// <summary>
/// Environment variables set for one test and put back afterwards. They belong to the whole
/// process, so tests that set them share a collection that runs on its own.
/// </summary>
internal sealed class ProcessEnvironment : IDisposable
{
    public const string Collection = "process environment";

    private readonly (string Name, string? Value)[] _previous;

    public ProcessEnvironment(params (string Name, string Value)[] variables)
    {
        _previous = [.. variables.Select(variable => (variable.Name, Environment.GetEnvironmentVariable(variable.Name)))];
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}

[CollectionDefinition(ProcessEnvironment.Collection, DisableParallelization = true)]
public sealed class SharedProcessEnvironment;
