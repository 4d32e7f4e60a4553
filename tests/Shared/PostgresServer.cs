using System.Diagnostics;
using System.Globalization;

namespace Coach.Tests;

/// <summary>
/// A throwaway PostgreSQL server for tests, made from the installed binaries (Debian's
/// <c>postgresql</c> package): <c>initdb</c> into a temp folder, <c>pg_ctl</c> on a free loopback
/// port, trust authentication for loopback only, no durability (tests need none). One per test
/// process, started on first use and stopped when the process exits; tests make databases of their
/// own in it. As root (CI), the server runs as the <c>postgres</c> user, since PostgreSQL refuses root.
/// </summary>
internal sealed class PostgresServer
{
    public const string User = "coach";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartNewAsync);
    private static int DatabaseCount;

    private readonly string _bin;
    private readonly string _data;

    private PostgresServer(string bin, string data, int port)
    {
        _bin = bin;
        _data = data;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The folder with initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    /// <summary>Why a PostgreSQL test cannot run here, or null when it can.</summary>
    public static string? Unavailable => BinFolder is null
        ? "PostgreSQL is not installed (apt-get install postgresql; .ci/run does), so the PostgreSQL tests are skipped here."
        : null;

    /// <summary>
    /// Why PostgreSQL tests are skipped here, or null when they run: they run wherever the server
    /// is installed, and always under CI (<c>CI=true</c>), where a missing server fails them.
    /// </summary>
    public static string? SkipReason =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? null : Unavailable;

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true;Timeout=5;Command Timeout=15";

    /// <summary>A new, empty database of the test's own, optionally a copy of <paramref name="template"/>.</summary>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = $"coach_{Environment.ProcessId}_{Interlocked.Increment(ref DatabaseCount)}";
        await PsqlAsync($"CREATE DATABASE {name}{(template is null ? "" : $" TEMPLATE {template}")}");
        return name;
    }

    public Task PsqlAsync(string sql, string database = "postgres") =>
        RunAsync(Path.Combine(_bin, "psql"), ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", User, "-d", database, "-v", "ON_ERROR_STOP=1", "-qc", sql], asServer: false);

    /// <summary>Stops the server (fast: open connections are cut), as an outage would.</summary>
    public Task StopAsync() => PgCtlAsync("stop", "-m", "fast");

    public Task StartAsync() => PgCtlAsync("start", "-w", "-t", "60", "-l", Path.Combine(_data, "server.log"), "-o", ServerOptions());

    /// <summary>A server of the caller's own, for a test that stops and starts it (the shared one serves every other test).</summary>
    public static async Task<PostgresServer> StartNewAsync()
    {
        if (BinFolder is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed: initdb and pg_ctl were not found under /usr/lib/postgresql/*/bin or on PATH. Install the Debian package 'postgresql' (.ci/run does).");
        }

        var parent = Path.Combine(Path.GetTempPath(), "coach-tests");
        DeleteStopped(parent);
        var data = Path.Combine(parent, $"pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        var server = new PostgresServer(BinFolder, data, LoopbackPort.Free());
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", data], asServer: false);
        }

        await server.RunServerToolAsync("initdb", "-D", data, "-U", User, "--auth=trust", "--encoding=UTF8", "--no-sync", "--locale=C");
        await server.StartAsync();
        server.StopWhenThisProcessEnds();
        return server;
    }

    private string ServerOptions() =>
        $"-c listen_addresses=127.0.0.1 -c port={Port} -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";

    private Task PgCtlAsync(params string[] arguments) => RunServerToolAsync("pg_ctl", ["-D", _data, .. arguments]);

    private Task RunServerToolAsync(string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments], asServer: true)
            : RunAsync(Path.Combine(_bin, tool), arguments, asServer: true);

    /// <summary>
    /// A watchdog outside this process stops the server and deletes its folder once this process is
    /// gone, however it ends: the test host is often ended before exit handlers could run.
    /// </summary>
    private void StopWhenThisProcessEnds()
    {
        var pgCtl = Path.Combine(_bin, "pg_ctl");
        var stop = IsRoot ? $"runuser -u postgres -- '{pgCtl}'" : $"'{pgCtl}'";
        var watchdog = new ProcessStartInfo("sh")
        {
            ArgumentList =
            {
                "-c",
                $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} -D '{_data}' -m immediate stop >/dev/null 2>&1; rm -rf '{_data}'",
            },
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Not waited for, and deliberately outliving the test host.
        Process.Start(watchdog)?.Dispose();
    }

    /// <summary>Deletes the folders of earlier runs' servers that are no longer running.</summary>
    private static void DeleteStopped(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        // Only folders untouched for a while: another test process may be setting one up right now.
        var stale = DateTime.UtcNow.AddMinutes(-5);
        foreach (var folder in Directory.GetDirectories(parent, "pg-*")
                     .Where(folder => !File.Exists(Path.Combine(folder, "postmaster.pid")) && Directory.GetLastWriteTimeUtc(folder) < stale))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the next run.
            }
        }
    }

    private static async Task RunAsync(string file, IEnumerable<string> arguments, bool asServer)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        // pg_ctl start leaves the server holding its own output; read ours to the end without waiting on the server's.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(asServer ? 90 : 30));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBinFolder()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return installed ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")));
    }
}
