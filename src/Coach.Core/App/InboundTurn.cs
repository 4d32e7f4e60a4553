namespace Coach.Core.App;

/// <summary>
/// A turn as an adapter hands it to <see cref="TurnIngress"/>, with what the ingress needs to know
/// about its platform's delivery.
/// </summary>
/// <param name="Key">
/// The platform's id for this delivery, the same however often it is delivered (a Slack event id or
/// trigger id, a Teams conversation and activity id, a playground message id): the turn is kept under
/// it and taken once. Null when the platform gives none: the turn is worked off from memory.
/// </param>
/// <param name="DeliveredAgain">
/// The platform delivers the turn again if it is not acknowledged (Slack's events): when storage
/// cannot keep it, the answer is <see cref="TurnAcceptance.TryLater"/>. Otherwise nobody would send it
/// again, and it is worked off from memory instead.
/// </param>
/// <param name="AcknowledgementCanAnswer">
/// The platform's acknowledgement can carry a message (Slack's response to a slash command), so a
/// route that says so in the route table is answered within it.
/// </param>
public sealed record InboundTurn(Turn Turn, string? Key, bool DeliveredAgain = false, bool AcknowledgementCanAnswer = false);
