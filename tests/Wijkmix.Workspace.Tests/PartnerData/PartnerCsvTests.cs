using System.Text;
using Microsoft.VisualBasic.FileIO;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.PartnerData;

/// <summary>The partner export read back by another CSV reader (the framework's TextFieldParser): every label in its cell, no formula live.</summary>
public class PartnerCsvTests
{
    private static PartnerFigure Figure(string unit, string measure, long value) =>
        new() { Unit = unit, BuurtCode = "BU03440301", Measure = measure, Value = value };

    private static List<string[]> ReadBack(byte[] csv)
    {
        using var parser = new TextFieldParser(new MemoryStream(csv), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(";");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [Fact]
    public void Write_LabelsWithSeparatorsQuotesAndFormulas_StayInTheirCellAndAreNotRun()
    {
        var table = PartnerBody.Protect(PartnerTemplates.CorporatieComplexen, [
        [
            Figure("=HYPERLINK(\"http://example.org\";\"klik\")", "woningen", 120),
            Figure("K;12", "woningen", 40),
            Figure("complex \"De Toren\"", "woningen", 55),
            Figure("+31 6", "woningen", 1_250),
        ]], new SuppressionThreshold(10))[0];

        var rows = ReadBack(PartnerCsv.Write(new PublishedPart(string.Empty, null, table)));

        // A template without categories: the column's total over the units, no row total (its columns do not add up).
        Assert.Equal(["eenheid", "woningen"], rows[0]);
        Assert.All(rows, r => Assert.Equal(2, r.Length));
        var byUnit = rows.Skip(1).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("120", byUnit["'=HYPERLINK(\"http://example.org\";\"klik\")"]);
        Assert.Equal("40", byUnit["K;12"]);
        Assert.Equal("55", byUnit["complex \"De Toren\""]);
        Assert.Equal("1.250", byUnit["'+31 6"]);
        Assert.Equal("1.465", byUnit["totaal"]);
    }

    [Fact]
    public void Write_SuppressedCell_IsADotAsCbsWrites()
    {
        var table = PartnerBody.Protect(PartnerTemplates.CorporatieComplexen, [[Figure("A", "woningen", 4), Figure("B", "woningen", 30), Figure("C", "woningen", 30)]], new SuppressionThreshold(10))[0];
        var rows = ReadBack(PartnerCsv.Write(new PublishedPart(string.Empty, null, table)));
        Assert.Equal(".", rows.Single(r => r[0] == "A")[1]);
    }
}
