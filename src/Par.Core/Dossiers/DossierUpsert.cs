namespace Par.Core.Dossiers;

/// <summary>How many dossiers an upsert added and how many it replaced.</summary>
public readonly record struct DossierUpsert(int Added, int Updated);
