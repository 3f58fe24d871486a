using Telegram.Bot.Extensions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Telegram;

/// <summary>
/// Turns a received text and its entities back into Telegram HTML, so what an admin wrote in bold, italics,
/// code or with links arrives formatted the same, and every other character is escaped.
/// </summary>
/// <remarks>
/// Telegram.Bot's <see cref="HtmlText.ToHtml(string, MessageEntity[])"/> does the conversion; it trusts the entities to
/// be in order, inside the text and properly nested, so they are made so first: clamped to the text, sorted outer
/// first, and an entity that overlaps another partially is cut at the other's end (the rest reopens after it). Kinds
/// that need no tag (mentions, hashtags, plain URLs: Telegram recognises them again) or that a bot may not send back
/// (custom emoji) are left as text, and so is a code language that would not be a safe attribute.
/// </remarks>
public static class EntitiesToHtml
{
    private static readonly HashSet<MessageEntityType> Tagged =
    [
        MessageEntityType.Bold, MessageEntityType.Italic, MessageEntityType.Underline, MessageEntityType.Strikethrough,
        MessageEntityType.Spoiler, MessageEntityType.Code, MessageEntityType.Pre, MessageEntityType.TextLink,
        MessageEntityType.TextMention, MessageEntityType.Blockquote, MessageEntityType.ExpandableBlockquote,
    ];

    public static string Convert(string text, IEnumerable<MessageEntity>? entities) =>
        HtmlText.ToHtml(text, Nested(Kept(text, entities ?? [])));

    private static List<MessageEntity> Kept(string text, IEnumerable<MessageEntity> entities) =>
        entities
            .Where(e => Tagged.Contains(e.Type)
                && (e.Type != MessageEntityType.TextLink || !string.IsNullOrEmpty(e.Url))
                && (e.Type != MessageEntityType.TextMention || e.User is not null))
            .Select(e => Span(e, Math.Clamp(e.Offset, 0, text.Length), Math.Clamp(e.Offset + e.Length, 0, text.Length)))
            .Where(e => e.Length > 0)
            .ToList();

    /// <summary>Sorts outer first and cuts partial overlaps, so every entity closes before the one around it.</summary>
    private static MessageEntity[] Nested(List<MessageEntity> entities)
    {
        var pending = new PriorityQueue<MessageEntity, (int Start, int NegativeEnd)>();
        foreach (var entity in entities)
            pending.Enqueue(entity, Order(entity));
        var nested = new List<MessageEntity>();
        var open = new Stack<int>();
        while (pending.TryDequeue(out var entity, out _))
        {
            while (open.Count > 0 && open.Peek() <= entity.Offset)
                open.Pop();
            var end = entity.Offset + entity.Length;
            if (open.Count > 0 && end > open.Peek())
            {
                var rest = Span(entity, open.Peek(), end);
                pending.Enqueue(rest, Order(rest));
                entity = Span(entity, entity.Offset, open.Peek());
            }
            nested.Add(entity);
            open.Push(entity.Offset + entity.Length);
        }
        return [.. nested];
    }

    private static (int, int) Order(MessageEntity entity) => (entity.Offset, -(entity.Offset + entity.Length));

    private static MessageEntity Span(MessageEntity entity, int start, int end) => new()
    {
        Type = entity.Type,
        Offset = start,
        Length = end - start,
        Url = entity.Url,
        User = entity.User,
        Language = entity.Language is { } language && Html.E(language) == language && !language.Contains(' ') ? language : null,
    };
}
