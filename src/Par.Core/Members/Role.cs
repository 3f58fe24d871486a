namespace Par.Core.Members;

/// <summary>What a user may do. Ordered: a higher role may do what a lower one may.</summary>
public enum Role
{
    Stranger = 0,
    Deputy = 1,
    Head = 2,
    Admin = 3,
}
