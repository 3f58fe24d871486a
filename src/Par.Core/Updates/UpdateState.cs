namespace Par.Core.Updates;

public enum UpdateState
{
    /// <summary>Never seen.</summary>
    New,
    /// <summary>Handling began but never completed: the process died in between, and the handler's effects may be partly stored.</summary>
    Interrupted,
    /// <summary>Handled, and its replies stored.</summary>
    Handled,
}
