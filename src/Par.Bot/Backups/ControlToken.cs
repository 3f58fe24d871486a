using System.Security.Cryptography;

namespace Par.Bot.Backups;

/// <summary>
/// A random token the running bot writes beside its store (<c>par.db.control</c>, readable by its user only) and the
/// <c>backup</c> command reads, so only someone who can read the store's folder may ask for a backup over HTTP: a
/// reverse proxy on the same machine makes every request look local.
/// </summary>
public sealed class ControlToken
{
    private ControlToken(string value) => Value = value;

    public string Value { get; }

    public static ControlToken Create(string storePath)
    {
        var token = new ControlToken(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        var path = PathFor(storePath);
        File.WriteAllText(path, token.Value);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return token;
    }

    /// <summary>The running bot's token, or null when there is none to read.</summary>
    public static string? Read(string storePath) =>
        File.Exists(PathFor(storePath)) ? File.ReadAllText(PathFor(storePath)).Trim() : null;

    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(presented), System.Text.Encoding.ASCII.GetBytes(Value));

    private static string PathFor(string storePath) => storePath + ".control";
}
