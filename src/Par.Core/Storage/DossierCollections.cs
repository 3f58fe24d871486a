namespace Par.Core.Storage;

/// <summary>Names of the collections of dossiers, tasks and reminders.</summary>
internal static class DossierCollections
{
    public const string Dossiers = "dossiers";
    public const string OpenDossiers = "open_dossiers";
    public const string Tasks = "tasks";
    public const string ReminderSlots = "reminder_slots";

    /// <summary>Written by the reports feature: documents with <c>UnitCode</c> and <c>Period</c> (<c>2025-04</c>).</summary>
    public const string Reports = "reports";
}
