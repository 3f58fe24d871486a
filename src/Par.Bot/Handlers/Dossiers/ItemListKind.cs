namespace Par.Bot.Handlers.Dossiers;

/// <summary>Which of a unit's items a paged list shows.</summary>
public enum ItemListKind
{
    /// <summary>Overdue and due soon (<c>/overdue</c>), with the dossiers waiting for the citizen counted apart.</summary>
    Late,

    /// <summary>Every open item, late or not (<c>/done</c> without a code).</summary>
    Open,
}
