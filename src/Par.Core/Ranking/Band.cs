namespace Par.Core.Ranking;

public enum Band
{
    Excellent,
    Good,
    Average,
    Weak,
}
