namespace Par.Core.Tasks;

public enum ExtensionState
{
    Pending,
    Approved,
    Rejected,
}
