using Par.Bot.Handlers.Broadcasts;
using Par.Core.Broadcasts;
using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>How a broadcast is named to people, who will not get it, and the "received" button once pressed.</summary>
public partial interface ITexts
{
    /// <summary>A broadcast inside a sentence: "số 12/2026", or its local time for one stored before broadcasts were numbered.</summary>
    string BroadcastName(Broadcast broadcast, DateTimeOffset createdLocal);

    /// <summary>The chosen units nobody in them will receive it from (no member, or no head for heads only).</summary>
    string BroadcastUnserved(IReadOnlyList<Unit> units, bool headsOnly);

    /// <summary>The "received" button after the press: the first press's time, with its day when that is not the day the broadcast went out.</summary>
    string AcknowledgedButton(DateTimeOffset acknowledgedLocal, DateTimeOffset sentLocal);

    string BroadcastUndeliveredButton(int count);
    /// <summary>Who did not get it, by reason, with their units; names only, never Telegram ids.</summary>
    string BroadcastUndelivered(string name, IReadOnlyList<UndeliveredLine> lines);
    string BroadcastUndeliveredCaption(string name, int count);
    string BroadcastUndeliveredFileName { get; }
    /// <summary>The columns of the undelivered list as a file: name, unit, unitName, reason.</summary>
    string BroadcastUndeliveredHeader(string column);
    string UndeliveredReasonName(UndeliveredReason reason);
    /// <summary>The name shown for a recipient who is no longer a member.</summary>
    string FormerMember { get; }
}
