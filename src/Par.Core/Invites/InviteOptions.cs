using System.ComponentModel.DataAnnotations;

namespace Par.Core.Invites;

public sealed class InviteOptions
{
    public const string Section = "Invites";

    [Range(1, 365)]
    public int ValidDays { get; set; } = 7;
}
