namespace Par.Core.Members;

public enum MemberRemoval
{
    Removed,
    NotFound,
    /// <summary>A head may remove only the deputies of their own unit, and nobody removes themselves this way.</summary>
    NotAllowed,
}
