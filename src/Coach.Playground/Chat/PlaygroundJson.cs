using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coach.Playground.Chat;

/// <summary>The playground's JSON, generated at build time, in the camelCase the page uses.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PlaygroundBody))]
[JsonSerializable(typeof(PlaygroundEntry))]
[JsonSerializable(typeof(PostedMessage))]
[JsonSerializable(typeof(PressedButton))]
[JsonSerializable(typeof(WorkspaceView))]
[JsonSerializable(typeof(Accepted))]
internal sealed partial class PlaygroundJson : JsonSerializerContext;
