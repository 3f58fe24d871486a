namespace Par.Core.Dossiers;

/// <summary>
/// The units' dossiers, one per unit and code. Only open dossiers (processing or waiting for the citizen) are indexed for reading
/// back in bulk, so finding what is late costs nothing for dossiers closed long ago.
/// </summary>
public interface IDossierStore
{
    /// <summary>Adds or replaces each dossier by unit and code, all in one transaction.</summary>
    DossierUpsert Upsert(IReadOnlyCollection<Dossier> dossiers);

    Dossier? Find(string unitCode, string code);

    /// <summary>Marks an open dossier done at <paramref name="finishedUtc"/>; null when there is no such open dossier.</summary>
    Dossier? Finish(string unitCode, string code, DateTime finishedUtc);

    /// <summary>The unit's open dossiers.</summary>
    IReadOnlyList<Dossier> ListOpen(string unitCode);

    /// <summary>Every unit's open dossiers due at or before <paramref name="dueByUtc"/>.</summary>
    IReadOnlyList<Dossier> ListOpenDueBy(DateTime dueByUtc);
}
