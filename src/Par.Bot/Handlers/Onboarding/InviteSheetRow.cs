namespace Par.Bot.Handlers.Onboarding;

public sealed record InviteSheetRow(string Unit, string Name, string Group, string Code, string Link, string Expires);
