using System.Text.Json.Nodes;

namespace Coach.Slack.Api;

/// <summary>A message as Slack takes it: plain <see cref="Text"/> for notifications and Block Kit <see cref="Blocks"/>.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks);
