using System.Globalization;
using Par.Core.Conversations;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Reports;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// A guided report in progress, kept in the user's <see cref="Conversation"/> so it survives a restart:
/// the unit, the period, the indicator being asked, the values typed so far, and a nonce that older buttons lack.
/// </summary>
public sealed class ReportDraft
{
    public const string Flow = "report";

    private const string UnitKey = "unit";
    private const string PeriodKey = "period";
    private const string IndexKey = "index";
    private const string NonceKey = "nonce";
    private const string ReturnKey = "return";
    private const string ValuePrefix = "value.";

    private readonly Dictionary<string, string> _data;

    private ReportDraft(long userId, ReportStep step, Dictionary<string, string> data)
    {
        UserId = userId;
        Step = step;
        this._data = data;
    }

    public long UserId { get; }

    public ReportStep Step { get; set; }

    public string UnitCode => _data[UnitKey];

    public string Nonce => _data[NonceKey];

    public Period? Period
    {
        get => Period.TryParse(_data.GetValueOrDefault(PeriodKey), out var period) ? period : null;
        set => _data[PeriodKey] = value?.ToString() ?? "";
    }

    /// <summary>The catalogue position of the indicator being asked.</summary>
    public int Index
    {
        get => int.TryParse(_data.GetValueOrDefault(IndexKey), CultureInfo.InvariantCulture, out var index) ? index : 0;
        set => _data[IndexKey] = value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Set while one indicator is changed from the summary: after it, the summary comes back.</summary>
    public bool ReturnToSummary
    {
        get => _data.ContainsKey(ReturnKey);
        set
        {
            if (value)
            {
                _data[ReturnKey] = "1";
            }
            else
            {
                _data.Remove(ReturnKey);
            }
        }
    }

    public IReadOnlyDictionary<string, IndicatorValue> Entered =>
        _data.Where(pair => pair.Key.StartsWith(ValuePrefix, StringComparison.Ordinal))
            .Select(pair => (Code: pair.Key[ValuePrefix.Length..], Ok: ValueText.TryParse(pair.Value, out var value), Value: value))
            .Where(entry => entry.Ok)
            .ToDictionary(entry => entry.Code, entry => entry.Value!, StringComparer.OrdinalIgnoreCase);

    public static ReportDraft New(long userId, string unitCode, string nonce) =>
        new(userId, ReportStep.Period, new Dictionary<string, string> { [UnitKey] = unitCode, [NonceKey] = nonce });

    /// <summary>The draft held by the conversation, or null when the conversation is another flow's.</summary>
    public static ReportDraft? From(Conversation? conversation) =>
        conversation is { Flow: Flow } && conversation.Data.ContainsKey(UnitKey) && Enum.TryParse<ReportStep>(conversation.Step, out var step)
            ? new ReportDraft(conversation.UserId, step, new Dictionary<string, string>(conversation.Data))
            : null;

    public void Enter(string code, IndicatorValue value) => _data[ValuePrefix + code] = ValueText.Format(value);

    public Conversation ToConversation(DateTime nowUtc) =>
        new() { UserId = UserId, Flow = Flow, Step = Step.ToString(), Data = new Dictionary<string, string>(_data), UpdatedUtc = nowUtc };
}
