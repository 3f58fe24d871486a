using System.Globalization;
using Microsoft.Extensions.Options;
using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Tests.Indicators;

public sealed class IndicatorCatalogValidatorTests
{
    [Theory]
    [InlineData(3, "Points", "0", "Indicators:Items:3:Points must be > 0")]
    [InlineData(3, "Points", "-1", "Indicators:Items:3:Points must be > 0")]
    [InlineData(0, "Target", "0", "Indicators:Items:0:Target must be > 0 and <= 100")]
    [InlineData(0, "Target", "100.5", "Indicators:Items:0:Target must be > 0 and <= 100")]
    [InlineData(2, "Code", "online", "Indicators:Items:2:Code must match ^[A-Z][A-Z0-9_]{1,39}$ (was 'online')")]
    [InlineData(2, "Code", "O", "Indicators:Items:2:Code must match ^[A-Z][A-Z0-9_]{1,39}$ (was 'O')")]
    [InlineData(2, "Code", "1ONLINE", "Indicators:Items:2:Code must match ^[A-Z][A-Z0-9_]{1,39}$ (was '1ONLINE')")]
    [InlineData(2, "Code", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Indicators:Items:2:Code must match ^[A-Z][A-Z0-9_]{1,39}$ (was 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')")]
    [InlineData(2, "Code", "ON-LINE", "Indicators:Items:2:Code must match ^[A-Z][A-Z0-9_]{1,39}$ (was 'ON-LINE')")]
    [InlineData(2, "Code", "ONTIME", "Indicators:Items:2:Code 'ONTIME' is already used by Indicators:Items:1")]
    [InlineData(4, "NameVi", " ", "Indicators:Items:4:NameVi is required")]
    [InlineData(4, "NameEn", "", "Indicators:Items:4:NameEn is required")]
    [InlineData(4, "ShortVi", " ", "Indicators:Items:4:ShortVi must not be blank when given")]
    [InlineData(4, "ShortEn", "", "Indicators:Items:4:ShortEn must not be blank when given")]
    [InlineData(4, "ShortVi", "Phản ánh, kiến nghị được xử lý đúng hạn", "Indicators:Items:4:ShortVi must be at most 32 characters (was 39)")]
    [InlineData(4, "Area", "", "Indicators:Items:4:Area is required")]
    [InlineData(4, "AreaEn", "", "Indicators:Items:4:AreaEn is required")]
    [InlineData(5, "Kind", "7", "Indicators:Items:5:Kind must be percent or ratio")]
    public void Validate_names_the_key_of_a_bad_indicator(int index, string property, string value, string expected)
    {
        var options = DefaultOptions();
        options.Items[index] = With(options.Items[index], property, value);

        Assert.Equal([expected], IndicatorCatalogValidator.Validate(options));
    }

    [Theory]
    [InlineData("Code", "AB")]
    [InlineData("Code", "A_22222222222222222222222222222222222222")]
    [InlineData("Target", "100")]
    [InlineData("Target", "0.01")]
    [InlineData("Points", "0.5")]
    [InlineData("ShortVi", "Công khai")]
    [InlineData("ShortEn", "Thirty-two characters, exactly.!")]
    [InlineData("ShortVi", null)]
    [InlineData("ShortEn", null)]
    public void Validate_accepts_values_at_the_edges(string property, string? value)
    {
        var options = DefaultOptions();
        options.Items[0] = With(options.Items[0], property, value);

        Assert.Empty(IndicatorCatalogValidator.Validate(options));
    }

    [Theory]
    [InlineData(90, 70, 50, null)]
    [InlineData(100, 99, 1, null)]
    [InlineData(101, 70, 50, "Indicators:Bands:Excellent must be > 0 and <= 100")]
    [InlineData(90, 90, 50, "Indicators:Bands:Good must be below Indicators:Bands:Excellent")]
    [InlineData(90, 40, 50, "Indicators:Bands:Average must be below Indicators:Bands:Good")]
    [InlineData(90, 70, 0, "Indicators:Bands:Average must be > 0 and <= 100")]
    public void Validate_wants_bands_descending_within_0_to_100(int excellent, int good, int average, string? expected)
    {
        var options = DefaultOptions();
        options.Bands = new BandThresholds { Excellent = excellent, Good = good, Average = average };

        Assert.Equal(expected is null ? [] : [expected], IndicatorCatalogValidator.Validate(options));
    }

    [Fact]
    public void Validate_reports_every_error()
    {
        var options = new IndicatorOptions
        {
            Items = [IndicatorCatalogTests.Indicator("late", 0), IndicatorCatalogTests.Indicator("LATE", 5, target: 0)],
            Bands = null!,
        };

        Assert.Equal(
            [
                "Indicators:Items:0:Code must match ^[A-Z][A-Z0-9_]{1,39}$ (was 'late')",
                "Indicators:Items:0:Points must be > 0",
                "Indicators:Items:1:Target must be > 0 and <= 100",
                "Indicators:Bands is empty",
            ],
            IndicatorCatalogValidator.Validate(options));
    }

    [Fact]
    public void Validate_refuses_codes_differing_only_in_case()
    {
        var options = new IndicatorOptions
        {
            Items = [IndicatorCatalogTests.Indicator("LATE", 5), IndicatorCatalogTests.Indicator("LATE", 5)],
        };

        Assert.Equal(["Indicators:Items:1:Code 'LATE' is already used by Indicators:Items:0"], IndicatorCatalogValidator.Validate(options));
    }

    [Fact]
    public void As_options_validator_it_fails_with_the_same_lines()
    {
        IValidateOptions<IndicatorOptions> validator = new IndicatorCatalogValidator();
        var options = DefaultOptions();
        options.Items[3] = options.Items[3] with { Points = 0 };

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(["Indicators:Items:3:Points must be > 0"], result.Failures);
        Assert.True(validator.Validate(null, DefaultOptions()).Succeeded);
    }

    private static IndicatorOptions DefaultOptions() => new() { Items = [.. DefaultIndicators.Items] };

    private static IndicatorDefinition With(IndicatorDefinition item, string property, string? value) => property switch
    {
        "Code" => item with { Code = value! },
        "NameVi" => item with { NameVi = value! },
        "NameEn" => item with { NameEn = value! },
        "ShortVi" => item with { ShortVi = value },
        "ShortEn" => item with { ShortEn = value },
        "Area" => item with { Area = value! },
        "AreaEn" => item with { AreaEn = value! },
        "Kind" => item with { Kind = (IndicatorKind)int.Parse(value!, CultureInfo.InvariantCulture) },
        "Points" => item with { Points = decimal.Parse(value!, CultureInfo.InvariantCulture) },
        "Target" => item with { Target = decimal.Parse(value!, CultureInfo.InvariantCulture) },
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, null),
    };
}
