using Par.Core.Periods;

namespace Par.Core.Tests.Periods;

public sealed class PeriodWordsTests
{
    [Theory]
    [InlineData("2026-10 ONTIME=1", 0, 1)]
    [InlineData("SNV 2026-10 ONTIME=1", 1, 1)]
    [InlineData("SNV quý 3/2026 ONTIME=1", 1, 2)]
    [InlineData("SNV QUÝ 3 / 2026 ONTIME=1", 1, 4)]
    [InlineData("tháng 11 năm 2026 SNV", 0, 4)]
    [InlineData("quý III/2026", 0, 2)]
    [InlineData("Q3 2026 SNV", 0, 2)]
    [InlineData("năm 2026", 0, 2)]
    [InlineData("2026 10", 0, 2)]
    [InlineData("2026 commune", 0, 1)]
    [InlineData("quý3/2026 SNV", 0, 1)]
    public void A_period_takes_the_words_that_read_as_one(string line, int start, int expected)
    {
        Assert.Equal(expected, PeriodWords.Count(line.Split(' '), start));
    }

    [Theory]
    [InlineData("quý 5/2026 ONTIME=1", 2)]
    [InlineData("tháng 13 / 2026 SNV", 4)]
    [InlineData("2026-13 SNV", 1)]
    [InlineData("năm 1850", 2)]
    [InlineData("Q7 2026", 2)]
    public void A_mistyped_period_takes_its_numbers_so_it_can_be_refused_as_typed(string line, int expected)
    {
        Assert.Equal(expected, PeriodWords.Count(line.Split(' '), 0));
    }

    [Theory]
    [InlineData("SNV")]
    [InlineData("commune")]
    [InlineData("NAM-01")]
    [InlineData("QUYNHON")]
    [InlineData("THANGLONG")]
    [InlineData("ONTIME=490/500")]
    public void Unit_codes_groups_and_values_are_not_periods(string word)
    {
        Assert.Equal(0, PeriodWords.Count([word, "2026-10"], 0));
    }

    [Fact]
    public void Past_the_last_word_there_is_no_period()
    {
        Assert.Equal(0, PeriodWords.Count(["SNV"], 1));
    }
}
