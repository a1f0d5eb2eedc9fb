using System.IO.Compression;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Checks a zip (xlsx, zipped shapefile) before a library unpacks it: the central directory must be
/// whole, and its parts together may not unpack to more than <see cref="ImportLimits.MaxDecompressedBytes"/>.
/// The sizes the zip declares are checked first (an honest bomb is refused without unpacking), then
/// every part is unpacked into a small buffer, counting, because a declared size can lie. Memory
/// stays at one buffer; time stays at most the limit's worth of unpacking.
/// </summary>
internal static class ZipGuard
{
    public static void Check(byte[] bytes, ReadBudget budget)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                budget.Decompressed(declared);
            }

            long unpacked = 0;
            var buffer = new byte[64 * 1024];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    unpacked += read;
                    budget.Decompressed(unpacked);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw InputFile.Fail(budget.File, string.Format(Messages.Culture, Messages.ZipDamaged, e.Message));
        }
    }
}
