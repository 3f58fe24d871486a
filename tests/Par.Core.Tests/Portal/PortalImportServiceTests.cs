using System.Text;
using Par.Core.Portal;
using Par.Core.Units;

namespace Par.Core.Tests.Portal;

public sealed class PortalImportServiceTests
{
    [Fact]
    public void A_first_import_lists_the_portal_units_nobody_links_to_and_creates_them_on_request()
    {
        using var world = new PortalWorld();

        var first = world.Import.Import(PortalWorld.October, Samples.All(), PortalWorld.Admin);
        var created = world.Import.CreateUnlinked();

        Assert.Equal(13, first.Unlinked.Count);
        Assert.All(first.Files, file => Assert.Equal(0, file.Units));
        Assert.Equal(13, created.Count);
        var office = world.Units.Find("H99.01")!;
        Assert.Equal(("Văn phòng UBND tỉnh - Tỉnh Mẫu", "department", "H99.01", "b1be2de7-5534-7d83-471e-13ea59476e36"),
            (office.Name, office.Group, office.PortalCode, office.PortalId));
        Assert.Equal("commune", world.Units.Find("H99.107")!.Group);
        Assert.Empty(world.Import.CreateUnlinked());
    }

    [Fact]
    public void The_sample_province_imports_whole_and_every_unit_keeps_both_scores_in_agreement()
    {
        using var world = new PortalWorld();

        var result = world.ImportLinked();

        Assert.Empty(result.Unlinked);
        Assert.All(result.Files, file => Assert.Equal((13, null), (file.Units, file.Error)));
        Assert.All(result.Files, file => Assert.Empty(file.Disagreements));
        var scores = world.Scores.ScoresOf(PortalWorld.October);
        Assert.Equal(13, scores.Count);
        Assert.All(scores.Values, metrics => Assert.Equal(ShippedCatalogs.Portal.Items.Count, metrics.Count));
    }

    [Theory]
    [InlineData("department")]
    [InlineData("commune")]
    public void Places_follow_the_totals_within_each_level(string group)
    {
        using var world = new PortalWorld();
        world.ImportLinked();

        var ranking = world.Ranking.Rank(group, PortalWorld.October);

        var totals = ranking.Entries.Select(entry => entry.PublishedScore).ToList();
        Assert.Equal(group == "department" ? 5 : 8, ranking.Reporters);
        Assert.Equal(totals.OrderByDescending(total => total), totals);
        Assert.Equal(1, ranking.Entries[0].Place);
        Assert.All(ranking.Entries, entry => Assert.Equal(
            entry.Card.Groups(ShippedCatalogs.Portal).Sum(score => score.Earned), entry.Score));
    }

    [Fact]
    public void A_unit_linked_by_its_code_learns_its_id_and_is_found_by_it_in_the_files_without_codes()
    {
        using var world = new PortalWorld();
        world.UnitService.Save("VP", "Văn phòng UBND tỉnh", "sở");
        world.Units.Upsert(world.Units.Find("VP")! with { PortalCode = "H99.01" });

        world.Import.Import(PortalWorld.October, [Samples.Source("dvc-progress-tree")], PortalWorld.Admin);
        var transparency = world.Import.Import(PortalWorld.October, [Samples.Source("transparency")], PortalWorld.Admin);

        Assert.Equal("b1be2de7-5534-7d83-471e-13ea59476e36", world.Units.Find("VP")!.PortalId);
        Assert.Equal(1, transparency.Files[0].Units);
        Assert.Equal(3.79m, world.Scores.ScoresOf(PortalWorld.October)["VP"]["PUBLISH_ON_TIME"].Official);
    }

    [Fact]
    public void A_file_with_only_ids_before_any_file_with_codes_leaves_its_units_unlinked_without_a_code()
    {
        using var world = new PortalWorld();

        var result = world.Import.Import(PortalWorld.October, [Samples.Source("handling-satisfaction")], PortalWorld.Admin);

        Assert.Equal(13, result.Unlinked.Count);
        Assert.All(result.Unlinked, unit => Assert.Null(unit.Code));
        Assert.Empty(world.Import.CreateUnlinked());
    }

    [Fact]
    public void A_unit_under_two_ids_refuses_the_file_and_stores_nothing_of_it()
    {
        using var world = new PortalWorld();
        world.ImportLinked();
        var moved = Encoding.UTF8.GetString(Samples.Bytes("dossier-digitized"))
            .Replace("b1be2de7-5534-7d83-471e-13ea59476e36", "00000000-0000-0000-0000-000000000001", StringComparison.Ordinal);

        var result = world.Import.Import(PortalWorld.October, [new PortalSource("moved.json", Encoding.UTF8.GetBytes(moved))], PortalWorld.Admin);

        var error = result.Files[0].Error!;
        Assert.Equal(PortalFileErrorKind.ConflictingIds, error.Kind);
        Assert.Equal("H99.01: b1be2de7-5534-7d83-471e-13ea59476e36 ≠ 00000000-0000-0000-0000-000000000001", error.Detail);
        Assert.Empty(world.Scores.History(PortalWorld.October));
    }

    [Fact]
    public void Two_files_of_one_import_that_disagree_on_an_id_refuse_the_second()
    {
        using var world = new PortalWorld();
        var moved = Encoding.UTF8.GetString(Samples.Bytes("dossier-digitized"))
            .Replace("b1be2de7-5534-7d83-471e-13ea59476e36", "00000000-0000-0000-0000-000000000001", StringComparison.Ordinal);

        var result = world.Import.Import(
            PortalWorld.October, [Samples.Source("dvc-progress-tree"), new PortalSource("moved.json", Encoding.UTF8.GetBytes(moved))], PortalWorld.Admin);

        Assert.Null(result.Files[0].Error);
        Assert.Equal(PortalFileErrorKind.ConflictingIds, result.Files[1].Error!.Kind);
    }

    [Fact]
    public void A_published_score_that_disagrees_with_its_counts_is_kept_flagged_and_counts()
    {
        using var world = new PortalWorld();
        world.ImportLinked();
        var changed = Encoding.UTF8.GetString(Samples.Bytes("dvc-progress-tree")).Replace("\"score\": 14.33", "\"score\": 14.34", StringComparison.Ordinal);

        var result = world.Import.Import(PortalWorld.October, [new PortalSource("progress.json", Encoding.UTF8.GetBytes(changed))], PortalWorld.Admin);

        var disagreement = Assert.Single(result.Files[0].Disagreements);
        Assert.Equal(("H99.107", 14.34m, 14.33m), (disagreement.Unit.Code, disagreement.Official, disagreement.Computed));
        var line = world.Ranking.Standing("H99.107", PortalWorld.October)!.Comparison.Current.Card.Lines.Single(l => l.Code == "SETTLED_ON_TIME");
        Assert.Equal(14.34m, line.Earned);
        Assert.True(line.Official!.Disagrees);
    }

    [Fact]
    public void A_reimport_replaces_its_group_for_the_period_and_keeps_the_old_figures_in_history()
    {
        using var world = new PortalWorld();
        world.ImportLinked();
        var changed = Encoding.UTF8.GetString(Samples.Bytes("dvc-progress-tree"))
            .Replace("\"totalOnTime\": 1166", "\"totalOnTime\": 1627", StringComparison.Ordinal)
            .Replace("\"score\": 14.33", "\"score\": 20", StringComparison.Ordinal);

        var result = world.Import.Import(PortalWorld.October, [new PortalSource("progress.json", Encoding.UTF8.GetBytes(changed))], PortalWorld.Admin);

        Assert.True(result.Files[0].Replaced);
        Assert.Equal(20m, world.Scores.ScoresOf(PortalWorld.October)["H99.107"]["SETTLED_ON_TIME"].Official);
        Assert.Equal(3.79m, world.Scores.ScoresOf(PortalWorld.October)["H99.01"]["PUBLISH_ON_TIME"].Official);
        var history = Assert.Single(world.Scores.History(PortalWorld.October));
        Assert.Equal(("progress", 14.33m), (history.Group, history.Units["H99.107"][0].Official));
    }

    [Fact]
    public void A_reimport_of_the_same_figures_keeps_no_copy_in_history_and_records_the_later_import()
    {
        using var world = new PortalWorld();
        world.ImportLinked();
        world.Time.Advance(TimeSpan.FromDays(1));

        // What a daily fetch does once the month has closed: the same six responses again.
        var result = world.ImportLinked();

        Assert.All(result.Files, file => Assert.True(file.Replaced));
        Assert.Empty(world.Scores.History(PortalWorld.October));
        Assert.All(world.Scores.Imports(PortalWorld.October), import => Assert.Equal(world.Time.GetUtcNow().UtcDateTime, import.ImportedUtc));
    }

    [Fact]
    public void A_locked_period_refuses_every_file()
    {
        using var world = new PortalWorld();
        world.Locks.Lock(PortalWorld.October, PortalWorld.Admin, world.Time.GetUtcNow().UtcDateTime);

        var result = world.Import.Import(PortalWorld.October, Samples.All(), PortalWorld.Admin);

        Assert.All(result.Files, file => Assert.Equal(PortalFileErrorKind.PeriodLocked, file.Error!.Kind));
        Assert.Empty(world.Scores.Periods());
    }

    [Fact]
    public void A_bad_file_stores_nothing_and_the_good_ones_of_the_same_import_are_stored()
    {
        using var world = new PortalWorld();
        world.ImportLinked();

        var result = world.Import.Import(
            Par.Core.Periods.Period.ForMonth(2026, 11),
            [new PortalSource("broken.json", Encoding.UTF8.GetBytes("{\"code\":")), Samples.Source("transparency")],
            PortalWorld.Admin);

        Assert.Equal(PortalFileErrorKind.NotJson, result.Files[0].Error!.Kind);
        Assert.Equal(13, result.Files[1].Units);
        Assert.Equal(4, world.Scores.ScoresOf(Par.Core.Periods.Period.ForMonth(2026, 11))["H99.01"].Count);
    }

    [Fact]
    public void An_archived_unit_gets_no_figures()
    {
        using var world = new PortalWorld();
        world.ImportLinked();
        world.UnitService.Archive("H99.01");

        world.Import.Import(Par.Core.Periods.Period.ForMonth(2026, 11), Samples.All(), PortalWorld.Admin);

        Assert.False(world.Scores.ScoresOf(Par.Core.Periods.Period.ForMonth(2026, 11)).ContainsKey("H99.01"));
        Assert.IsType<Unit>(world.Units.Find("H99.01"));
    }
}
