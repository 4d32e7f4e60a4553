using System.IO.Compression;
using System.Text.Json;
using Coach.Teams.Package;
using Coach.Tests;

namespace Coach.Teams.Tests;

/// <summary>The Teams app package built from infra/teams: what Teams checks on upload, and what Coach needs declared.</summary>
public sealed class TeamsAppPackageTests
{
    private const string AppId = "9b1f3f6c-4a0e-4c3e-9a55-2f1d8c0b7e21";
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "infra", "teams");

    [Fact]
    public async Task The_package_holds_the_manifest_with_the_app_id_and_both_icons_at_its_root()
    {
        using var zip = new MemoryStream();
        (await TeamsAppPackage.BuildAsync(Folder, AppId, zip, CancellationToken.None)).ShouldBeEmpty();

        zip.Position = 0;
        using var archive = new ZipArchive(zip);
        archive.Entries.Select(entry => entry.FullName).ShouldBe(TeamsAppPackage.Files, ignoreOrder: true);
        using var manifest = await JsonDocument.ParseAsync(await archive.GetEntry("manifest.json")!.OpenAsync());
        var root = manifest.RootElement;
        root.GetProperty("id").GetString().ShouldBe(AppId);
        var bot = root.GetProperty("bots")[0];
        bot.GetProperty("botId").GetString().ShouldBe(AppId);
        bot.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()).ShouldBe(["personal", "team", "groupChat"], ignoreOrder: true);
        var commands = bot.GetProperty("commandLists").EnumerateArray().SelectMany(list => list.GetProperty("commands").EnumerateArray()).Select(command => command.GetProperty("title").GetString()).ToList();
        commands.ShouldContain("ask");
        commands.ShouldContain("mock");
        commands.ShouldContain("coach help");
        root.GetProperty("authorization").GetProperty("permissions").GetProperty("resourceSpecific").EnumerateArray()
            .ShouldContain(permission => permission.GetProperty("name").GetString() == "ChannelMessage.Read.Group" && permission.GetProperty("type").GetString() == "Application");
        root.ToString().ShouldNotContain(TeamsAppPackage.Placeholder);
    }

    [Fact]
    public void The_icons_are_the_sizes_teams_requires_and_the_outline_is_white_on_transparent()
    {
        var color = File.ReadAllBytes(Path.Combine(Folder, "color.png"));
        var outline = File.ReadAllBytes(Path.Combine(Folder, "outline.png"));

        TeamsAppPackage.Check(File.ReadAllText(Path.Combine(Folder, "manifest.json")).Replace(TeamsAppPackage.Placeholder, AppId, StringComparison.Ordinal), color, outline, AppId).ShouldBeEmpty();
        Pixels(outline).Distinct().ShouldBe([(0, 0, 0, 0), (255, 255, 255, 255)], ignoreOrder: true);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public async Task An_app_id_that_is_not_a_guid_writes_nothing(string appId)
    {
        using var zip = new MemoryStream();

        (await TeamsAppPackage.BuildAsync(Folder, appId, zip, CancellationToken.None)).ShouldNotBeEmpty();

        zip.Length.ShouldBe(0);
    }

    [Fact]
    public void Icons_of_the_wrong_size_are_refused()
    {
        var outline = File.ReadAllBytes(Path.Combine(Folder, "outline.png"));
        var manifest = File.ReadAllText(Path.Combine(Folder, "manifest.json")).Replace(TeamsAppPackage.Placeholder, AppId, StringComparison.Ordinal);

        TeamsAppPackage.Check(manifest, outline, outline, AppId).ShouldContain("color.png must be 192×192; it is 32×32");
    }

    // The outline is an 8-bit RGBA PNG with no filtering; decode its rows to check every pixel.
    private static IEnumerable<(int, int, int, int)> Pixels(byte[] png)
    {
        var size = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (System.Text.Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT")
            {
                data.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        for (var y = 0; y < size; y++)
        {
            raw[y * ((size * 4) + 1)].ShouldBe((byte)0, "no row filter");
            for (var x = 0; x < size; x++)
            {
                var i = (y * ((size * 4) + 1)) + 1 + (x * 4);
                yield return (raw[i], raw[i + 1], raw[i + 2], raw[i + 3]);
            }
        }
    }
}
