using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Wijkmix.Web.BrowserTests;

/// <summary>
/// What a printed page holds, read back from the PDF with PdfPig: its text, and how much of the sheet carries ink. No
/// rasteriser ships with the test machine (Chromium shows no PDF when headless, PdfPig reads but does not draw), so the
/// ink is measured from the drawn glyphs: the sheet is cut into 5 mm cells and a cell counts as inked when a glyph's
/// box touches it. A blank page scores 0, a page with only a title about 2 %.
/// </summary>
internal static class PdfInk
{
    private const double Cell = 72 / 25.4 * 5;

    public static string Text(Page page) => string.Concat(page.GetWords().Select(w => w.Text + " "));

    public static IReadOnlyList<string> Texts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(Text)];
    }

    /// <summary>The share (0–1) of the 5 mm cells of page <paramref name="number"/> that a glyph touches.</summary>
    public static double Share(byte[] pdf, int number)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(number);
        var columns = (int)Math.Ceiling(page.Width / Cell);
        var rows = (int)Math.Ceiling(page.Height / Cell);
        var inked = new bool[columns, rows];
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            var box = letter.BoundingBox;
            for (var x = Clamp(box.Left, columns); x <= Clamp(box.Right, columns); x++)
            {
                for (var y = Clamp(box.Bottom, rows); y <= Clamp(box.Top, rows); y++)
                {
                    inked[x, y] = true;
                }
            }
        }

        return inked.Cast<bool>().Count(b => b) / (double)(columns * rows);
    }

    private static int Clamp(double at, int count) => Math.Clamp((int)(at / Cell), 0, count - 1);
}
