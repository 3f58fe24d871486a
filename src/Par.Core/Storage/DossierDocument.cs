using LiteDB;
using Par.Core.Dossiers;

namespace Par.Core.Storage;

/// <summary>A dossier as stored, mapped by hand: imports write tens of thousands at once.</summary>
internal static class DossierDocument
{
    public static BsonDocument From(Dossier dossier)
    {
        var document = new BsonDocument
        {
            ["_id"] = dossier.Id,
            [nameof(Dossier.UnitCode)] = dossier.UnitCode,
            [nameof(Dossier.Code)] = dossier.Code,
            [nameof(Dossier.Procedure)] = dossier.Procedure,
            [nameof(Dossier.ReceivedUtc)] = dossier.ReceivedUtc,
            [nameof(Dossier.DueUtc)] = dossier.DueUtc,
            [nameof(Dossier.Status)] = (int)dossier.Status,
            [nameof(Dossier.UpdatedUtc)] = dossier.UpdatedUtc,
        };
        if (dossier.FinishedUtc is { } finished)
            document[nameof(Dossier.FinishedUtc)] = finished;
        return document;
    }

    public static Dossier To(BsonDocument document) => new(
        document[nameof(Dossier.UnitCode)].AsString,
        document[nameof(Dossier.Code)].AsString,
        document[nameof(Dossier.Procedure)].AsString,
        StoredTime.Utc(document[nameof(Dossier.ReceivedUtc)]),
        StoredTime.Utc(document[nameof(Dossier.DueUtc)]),
        (DossierStatus)document[nameof(Dossier.Status)].AsInt32,
        StoredTime.UtcOrNull(document[nameof(Dossier.FinishedUtc)]),
        StoredTime.Utc(document[nameof(Dossier.UpdatedUtc)]));
}
