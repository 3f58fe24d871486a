namespace Par.Bot.Handlers.Ranking;

/// <summary>One bar of the ranking picture: its label (place and unit name), the score as a number and as shown, and whether it is the asker's unit.</summary>
public sealed record ChartBar(string Label, double Score, string ScoreText, bool Highlighted);
