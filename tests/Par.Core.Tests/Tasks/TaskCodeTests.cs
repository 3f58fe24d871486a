using Par.Core.Tasks;

namespace Par.Core.Tests.Tasks;

public sealed class TaskCodeTests
{
    [Theory]
    [InlineData("T-12", 12)]
    [InlineData("t-1", 1)]
    [InlineData(" T-7 ", 7)]
    public void Task_codes_are_read_in_any_case(string text, int expected)
    {
        Assert.True(TaskCode.TryParse(text, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("T12")]
    [InlineData("T-")]
    [InlineData("T-0")]
    [InlineData("T--1")]
    [InlineData("T-1a")]
    [InlineData("HS-12")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_texts_are_not_task_codes(string? text) => Assert.False(TaskCode.TryParse(text, out _));

    [Fact]
    public void Codes_are_formatted_short() => Assert.Equal("T-42", TaskCode.Format(42));
}
