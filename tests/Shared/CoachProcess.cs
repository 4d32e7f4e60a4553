using System.Collections.Concurrent;
using System.Diagnostics;

namespace Coach.Tests;

/// <summary>
/// Coach as its own operating-system process (<c>dotnet coach.dll</c>, the build beside the tests),
/// on a free loopback port, so that it can be killed with SIGKILL or stopped with SIGTERM as an
/// orchestrator would.
/// </summary>
internal sealed class CoachProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private CoachProcess(Process process, ConcurrentQueue<string> output, int port)
    {
        _process = process;
        _output = output;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public HttpClient Client { get; }

    public string Output => string.Join('\n', _output);

    /// <param name="database">The SQLite (or, with <c>--Coach:Storage:Provider Postgres</c>, PostgreSQL) connection string.</param>
    /// <param name="settings">Command-line settings after the defaults: the platform's, and whatever the test needs.</param>
    public static async Task<CoachProcess> StartAsync(string database, params string[] settings)
    {
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "coach.dll"),
            "--urls", $"http://127.0.0.1:{port}",
            "--Coach:Content:Path", RepositoryPaths.Content,
            "--Coach:Storage:ConnectionString", database,
            "--Coach:Schedule:Cron", "0 0 1 1 *",
            // The sentence model is not what these tests are about; words alone start faster.
            "--Coach:Grading:Semantic", "false",
            "--Coach:Search:Semantic", "false",
        }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        var output = new ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet coach.dll");
        process.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        process.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var coach = new CoachProcess(process, output, port);
        try
        {
            await Eventually.HoldsAsync(async () => process.HasExited || await coach.IsReadyAsync(), () => $"coach was not ready:\n{coach.Output}");
            if (process.HasExited)
            {
                throw new InvalidOperationException($"coach exited ({process.ExitCode}):\n{coach.Output}");
            }
        }
        catch
        {
            // A process that never became ready would otherwise outlive the test run, holding its port and files.
            await coach.DisposeAsync();
            throw;
        }

        return coach;
    }

    /// <summary>SIGKILL: no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as <c>docker stop</c> or Kubernetes send, then the exit code once it has stopped.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task<bool> IsReadyAsync()
    {
        try
        {
            return (await Client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
