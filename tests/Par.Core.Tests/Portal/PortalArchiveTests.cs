using System.IO.Compression;
using System.Text;
using Par.Core.Portal;

namespace Par.Core.Tests.Portal;

public sealed class PortalArchiveTests
{
    [Fact]
    public void A_zip_gives_its_json_entries_and_an_entry_over_the_limit_is_read_only_past_it()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "thang10/transparency.json", Samples.Bytes("transparency"));
            Write(archive, "ghi-chu.txt", Encoding.UTF8.GetBytes("không phải số liệu"));
            Write(archive, "bomb.json", new byte[5_000_000]);
        }

        var sources = PortalArchive.Open("cong.ZIP", buffer.ToArray(), 100_000);

        Assert.Equal(["transparency.json", "bomb.json"], sources.Select(source => source.Name));
        Assert.Equal(100_001, sources[1].Content.Length);
        Assert.Equal(PortalFileErrorKind.TooLarge, PortalFileParser.Parse(new MemoryStream(sources[1].Content), ShippedCatalogs.Portal, 100_000).Error!.Kind);
    }

    [Fact]
    public void A_file_that_is_no_zip_is_handed_on_as_it_is()
    {
        var sources = PortalArchive.Open("cong.zip", Encoding.UTF8.GetBytes("PK?"), 100_000);

        Assert.Equal(PortalFileErrorKind.NotJson, PortalFileParser.Parse(new MemoryStream(Assert.Single(sources).Content), ShippedCatalogs.Portal, 100_000).Error!.Kind);
    }

    private static void Write(ZipArchive archive, string name, byte[] content)
    {
        using var entry = archive.CreateEntry(name).Open();
        entry.Write(content);
    }
}
