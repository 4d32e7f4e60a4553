using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;

namespace Coach.Teams.Package;

/// <summary>
/// The Teams app package (<c>coach-teams.zip</c>): <c>manifest.json</c> with the bot's app id
/// filled in, <c>color.png</c> (192×192) and <c>outline.png</c> (32×32, white on transparent),
/// all at the root of the zip, checked before anything is written.
/// </summary>
public static class TeamsAppPackage
{
    public const string Placeholder = "{{APP_ID}}";
    public static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    /// <summary>Writes the package to <paramref name="output"/> when everything checks out.</summary>
    /// <param name="folder">Where the manifest template and the icons are (<c>infra/teams</c>).</param>
    /// <returns>What is wrong; nothing is written unless this is empty.</returns>
    public static async Task<IReadOnlyList<string>> BuildAsync(string folder, string appId, Stream output, CancellationToken cancellationToken)
    {
        var missing = Files.Where(file => !File.Exists(Path.Combine(folder, file))).ToList();
        if (missing.Count > 0)
        {
            return [.. missing.Select(file => $"{file} is missing from {folder}")];
        }

        var manifest = (await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"), cancellationToken)).Replace(Placeholder, appId, StringComparison.Ordinal);
        var color = await File.ReadAllBytesAsync(Path.Combine(folder, "color.png"), cancellationToken);
        var outline = await File.ReadAllBytesAsync(Path.Combine(folder, "outline.png"), cancellationToken);
        var problems = Check(manifest, color, outline, appId);
        if (problems.Count > 0)
        {
            return problems;
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in new[] { ("manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest)), ("color.png", color), ("outline.png", outline) })
        {
            await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(cancellationToken);
            await entry.WriteAsync(bytes, cancellationToken);
        }

        return [];
    }

    /// <summary>What Teams would refuse in a package with this manifest and these icons.</summary>
    public static IReadOnlyList<string> Check(string manifest, byte[] color, byte[] outline, string appId)
    {
        var problems = new List<string>();
        if (!Guid.TryParse(appId, out _))
        {
            problems.Add($"the app id must be the bot's Microsoft App ID, a GUID; got \"{appId}\"");
        }

        if (manifest.Contains(Placeholder, StringComparison.Ordinal))
        {
            problems.Add($"manifest.json still holds {Placeholder}");
        }

        try
        {
            using var document = JsonDocument.Parse(manifest);
            var root = document.RootElement;
            foreach (var field in new[] { "$schema", "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor" })
            {
                if (!root.TryGetProperty(field, out _))
                {
                    problems.Add($"manifest.json has no \"{field}\"");
                }
            }

            if (root.TryGetProperty("id", out var id) && id.GetString() != appId)
            {
                problems.Add("manifest.json's id is not the app id");
            }

            if (!root.TryGetProperty("bots", out var bots) || bots.GetArrayLength() != 1 || bots[0].GetProperty("botId").GetString() != appId)
            {
                problems.Add("manifest.json must declare one bot whose botId is the app id");
            }
        }
        catch (JsonException e)
        {
            problems.Add($"manifest.json is not JSON: {e.Message}");
        }

        problems.AddRange(CheckIcon("color.png", color, 192));
        problems.AddRange(CheckIcon("outline.png", outline, 32));
        return problems;
    }

    private static IEnumerable<string> CheckIcon(string name, byte[] png, int size)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(signature))
        {
            yield return $"{name} is not a PNG";
            yield break;
        }

        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        if (width != size || height != size)
        {
            yield return $"{name} must be {size}×{size}; it is {width}×{height}";
        }
    }
}
