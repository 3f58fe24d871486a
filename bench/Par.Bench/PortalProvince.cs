using System.IO.Compression;
using System.Text.Json.Nodes;
using Par.Core.Tests.Portal;

namespace Par.Bench;

/// <summary>
/// A province of any size in the portal's six responses: the sample's units repeated with new ids and codes, so every
/// file carries the same units, two of them by id only, as the portal sends them.
/// </summary>
public static class PortalProvince
{
    public static byte[] Zip(int units)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var endpoint in Samples.Endpoints)
            {
                using var entry = archive.CreateEntry(endpoint + ".json").Open();
                entry.Write(System.Text.Encoding.UTF8.GetBytes(Response(endpoint, units)));
            }
        }

        return buffer.ToArray();
    }

    private static string Response(string endpoint, int units)
    {
        var root = JsonNode.Parse(Samples.Bytes(endpoint))!;
        var data = root["data"]!;
        var rows = (data["evaluation"] ?? data["children"])!.AsArray();
        var sample = rows.Select(row => row!.DeepClone()).ToList();
        rows.Clear();
        for (var i = 0; i < units; i++)
        {
            var row = sample[i % sample.Count].DeepClone();
            row["departmentId"] = $"00000000-0000-0000-0000-{i:000000000000}";
            row["departmentName"] = $"Đơn vị {i:000}";
            if (row["departmentCode"] is not null)
            {
                row["departmentCode"] = $"H99.{i:000}";
            }

            rows.Add(row);
        }

        return root.ToJsonString();
    }
}
