namespace Par.Bot.Hosting;

public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Telegram user ids of the bootstrap admins (the province's PAR office).</summary>
    public List<long> AdminIds { get; set; } = [];
    /// <summary>The province's time zone: deadlines and schedules are local to it.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";
    /// <summary>vi or en: the language of users whose Telegram language is not English.</summary>
    public string DefaultLanguage { get; set; } = "vi";
}
