namespace Par.Core.Outbox;

internal enum HtmlTokenKind
{
    /// <summary>A character (or surrogate pair) or an entity such as &amp;amp;.</summary>
    Text,
    Space,
    Newline,
    Open,
    Close,
}
