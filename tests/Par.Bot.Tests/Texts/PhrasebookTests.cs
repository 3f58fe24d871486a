using System.Text.Json.Nodes;
using Par.Bot.Texts;
using Par.Core;

namespace Par.Bot.Tests.Texts;

public sealed class PhrasebookTests
{
    private static readonly IReadOnlyList<Phrase> Layout = Par.Bot.Texts.Texts.Phrases.All();

    [Fact]
    public void Every_embedded_phrasebook_words_every_phrase_of_the_layout_and_nothing_else()
    {
        var books = TextsProvider.Phrasebooks().ToList();

        Assert.Contains(books, b => b.Code == "vi");
        Assert.Contains(books, b => b.Code == "en");
        Assert.All(books, book => Assert.Empty(Phrasebook.Check(book.Json, Layout).Problems.Select(p => $"{book.Code}: {p}")));
    }

    [Fact]
    public void Every_phrasebook_is_a_language_par_speaks() =>
        Assert.Equal(
            TextsProvider.Phrasebooks().Select(b => b.Code).Order(StringComparer.Ordinal),
            TextsProvider.Languages.Select(l => TextsProvider.For(l).Language.Code));

    [Theory]
    [InlineData("remove", "Cancelled", "missing Cancelled")]
    [InlineData("add", "Goodbye", "not used by the layout: Goodbye")]
    [InlineData("reword", "TooLong", "TooLong: {max} is not one of its holes ({limit})")]
    [InlineData("unclose", "TooLong", "TooLong: a '{' is not closed")]
    public void A_phrasebook_that_does_not_fit_the_layout_is_refused_naming_the_phrase(string change, string key, string problem)
    {
        var json = JsonNode.Parse(English())!.AsObject();
        switch (change)
        {
            case "remove": json.Remove(key); break;
            case "add": json[key] = "Goodbye!"; break;
            case "reword": json[key] = "At most {max} characters."; break;
            default: json[key] = "At most {limit characters."; break;
        }

        var (phrasebook, problems) = Phrasebook.Check(json.ToJsonString(), Layout);

        Assert.Null(phrasebook);
        Assert.Equal([problem], problems);
        var refused = Assert.Throws<InvalidDataException>(() => Phrasebook.Read("fr", json.ToJsonString(), Layout));
        Assert.Contains(problem, refused.Message);
    }

    [Theory]
    [InlineData("en", 1, "(1 working day left)")]
    [InlineData("en", 3, "(3 working days left)")]
    [InlineData("vi", 1, "(còn 1 ngày làm việc)")]
    [InlineData("vi", 3, "(còn 3 ngày làm việc)")]
    public void A_counting_phrase_takes_the_form_its_count_asks_for(string code, int daysLeft, string expected) =>
        Assert.Contains(expected, TextsProvider.For(code).ReportReminder("Sở Nội vụ", Par.Core.Periods.Period.ForQuarter(2025, 1), new DateOnly(2025, 4, 10), daysLeft));

    [Theory]
    [InlineData("Cancelled", """{"one": "Cancelled once.", "other": "Cancelled."}""", "Cancelled: only a phrase with a count hole has \"one\" and \"other\" forms")]
    [InlineData("ReportDeadlineAhead", """{"one": " ({days} working day left)."}""", "ReportDeadlineAhead: plural forms are an \"other\" text and optionally a \"one\" text")]
    [InlineData("ReportDeadlineAhead", """{"other": " ({days} left).", "few": " ({days} left)."}""", "ReportDeadlineAhead: plural forms are an \"other\" text and optionally a \"one\" text")]
    [InlineData("ReportDeadlineAhead", """{"one": " ({weeks} left).", "other": " ({days} left)."}""", "ReportDeadlineAhead: {weeks} is not one of its holes ({day}, {days})")]
    public void Plural_forms_that_do_not_fit_the_phrase_are_refused_naming_it(string key, string forms, string problem)
    {
        var json = JsonNode.Parse(English())!.AsObject();
        json[key] = JsonNode.Parse(forms);

        Assert.Equal([problem], Phrasebook.Check(json.ToJsonString(), Layout).Problems);
    }

    [Fact]
    public void A_phrasebook_that_is_not_an_object_of_texts_is_refused() =>
        Assert.Single(Phrasebook.Check("""{"Cancelled": 3}""", Layout).Problems, p => p.StartsWith("not a JSON object of key to text", StringComparison.Ordinal));

    [Fact]
    public void A_phrasebook_for_a_code_dotnet_does_not_know_fails_naming_it() =>
        Assert.Contains("'xx-nowhere'", Assert.Throws<ArgumentException>(() => Language.Of("xx-nowhere")).Message);

    [Theory]
    [InlineData("vi", "Tin nhắn quá dài (tối đa 4096 ký tự). Không có gì bị thay đổi.")]
    [InlineData("en", "The message is too long (at most 4096 characters). Nothing was changed.")]
    public void A_phrase_fills_its_holes_in_the_language(string code, string expected) =>
        Assert.Equal(expected, TextsProvider.For(code).TooLong(4096));

    [Fact]
    public void A_third_language_needs_nothing_but_its_phrasebook()
    {
        var json = JsonNode.Parse(English())!.AsObject();
        json["Cancelled"] = "Annulé. Rien n'a changé.";
        json["ReferenceLine"] = "• {indicator} ({code}) : {rate}";
        var french = new Par.Bot.Texts.Texts(Language.Of("fr"), Phrasebook.Read("fr", json.ToJsonString(), Layout));
        var references = new Par.Core.References.PeriodReferences { Period = "2025-Q1", Rates = new() { ["ONTIME"] = 62.5m } };

        var list = french.ReferenceList(Par.Core.Periods.Period.ForQuarter(2025, 1), references, Par.Core.Indicators.IndicatorCatalog.Default);

        Assert.Equal("Annulé. Rien n'a changé.", french.Cancelled);
        Assert.EndsWith("(<code>ONTIME</code>) : 62,5%", list.Split('\n')[1]);
    }

    private static string English() => TextsProvider.Phrasebooks().Single(b => b.Code == "en").Json;
}
