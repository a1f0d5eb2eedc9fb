using System.Security.Cryptography;
using System.Text;

namespace Wijkmix.Data.Download.Internal;

/// <summary>
/// Raw responses on disk, one file per URL (named by the URL's SHA-256). A page is written to a
/// temporary file and renamed, so a file that exists is a whole page: an interrupted download
/// resumes at the first page that is not there.
/// </summary>
internal sealed class ResponseCache(string directory)
{
    public string Directory { get; } = directory;

    public string PathOf(Uri url) =>
        Path.Combine(Directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..40] + ".json");

    public byte[]? TryRead(Uri url)
    {
        var path = PathOf(url);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void Forget(Uri url) => File.Delete(PathOf(url));

    /// <summary>Writes the page; an IOException (a full disk, no rights) escapes to the caller with the temporary file removed.</summary>
    public void Write(Uri url, byte[] body)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(url);
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".part";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.WriteThrough))
            {
                stream.Write(body);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a stray .part file is never read.
        }
    }
}
