namespace Coach.Playground.Chat;

/// <summary>A message typed on the page: by whom, where, in which thread if any, and the browser's time zone.</summary>
public sealed record PostedMessage(string? User, string? Conversation, long? Thread, string? Text, string? TimeZone = null);

/// <summary>A button pressed on one of Coach's messages, or a text box sent, with what was typed in it.</summary>
public sealed record PressedButton(string? User, long Message, string? Action, string? Value, string? Text = null, string? TimeZone = null);

/// <summary>The answer to a message or button press: accepted, with the id of what was logged if anything.</summary>
public sealed record Accepted(long? Id);

/// <summary>What the page needs to draw the workspace.</summary>
public sealed record WorkspaceView(IReadOnlyList<PersonView> People, string Channel, string ChannelName, string Coach);

public sealed record PersonView(string Id, string Name);
