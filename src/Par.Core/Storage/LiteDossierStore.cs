using LiteDB;
using Par.Core.Dossiers;

namespace Par.Core.Storage;

/// <summary>
/// Every dossier lives in <c>dossiers</c>, indexed by id only. A copy of each open one (processing or waiting for the citizen) also
/// lives in <c>open_dossiers</c>, indexed by unit and due time: what is late is read from there, so neither
/// the reading nor the indexing cost grows with dossiers closed long ago.
/// </summary>
internal sealed class LiteDossierStore : IDossierStore
{
    private readonly ParDatabase _db;
    private readonly ILiteCollection<BsonDocument> _all;
    private readonly ILiteCollection<BsonDocument> _open;

    public LiteDossierStore(ParDatabase db)
    {
        _db = db;
        _all = db.Collection<BsonDocument>(DossierCollections.Dossiers);
        _open = db.Collection<BsonDocument>(DossierCollections.OpenDossiers);
        _open.EnsureIndex(nameof(Dossier.UnitCode));
        _open.EnsureIndex(nameof(Dossier.DueUtc));
    }

    public DossierUpsert Upsert(IReadOnlyCollection<Dossier> dossiers)
    {
        if (dossiers.Count == 0)
            return new DossierUpsert(0, 0);
        var added = _db.InTransaction(() =>
        {
            var documents = dossiers.Select(d => (Dossier: d, Document: DossierDocument.From(d))).ToList();
            // One bulk call each: LiteDB updates by id and inserts what it did not find.
            var inserted = _all.Upsert(documents.Select(d => d.Document));
            _open.Upsert(documents.Where(d => IsOpen(d.Dossier)).Select(d => d.Document));
            foreach (var (dossier, _) in documents.Where(d => !IsOpen(d.Dossier)))
                _open.Delete(dossier.Id);
            return inserted;
        });
        return new DossierUpsert(added, dossiers.Count - added);
    }

    public Dossier? Find(string unitCode, string code) =>
        _all.FindById(Dossier.IdOf(unitCode, code)) is { } document ? DossierDocument.To(document) : null;

    public Dossier? Finish(string unitCode, string code, DateTime finishedUtc) => _db.InTransaction(() =>
    {
        var found = Find(unitCode, code);
        if (found is null || !IsOpen(found))
            return null;
        var finished = found with { Status = DossierStatus.Done, FinishedUtc = finishedUtc, UpdatedUtc = finishedUtc };
        _all.Update(DossierDocument.From(finished));
        _open.Delete(finished.Id);
        return finished;
    });

    public IReadOnlyList<Dossier> ListOpen(string unitCode) =>
        [.. _open.Find(Query.EQ(nameof(Dossier.UnitCode), unitCode)).Select(DossierDocument.To)];

    public IReadOnlyList<Dossier> ListOpenDueBy(DateTime dueByUtc) =>
        [.. _open.Find(Query.LTE(nameof(Dossier.DueUtc), dueByUtc)).Select(DossierDocument.To)];

    private static bool IsOpen(Dossier dossier) => dossier.IsOpen;
}
