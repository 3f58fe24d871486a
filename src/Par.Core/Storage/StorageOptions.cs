using System.ComponentModel.DataAnnotations;

namespace Par.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file. Relative paths are under the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/par.db";
}
