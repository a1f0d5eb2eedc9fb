using CsCheck;
using Wijkmix.Core.Areas;

namespace Wijkmix.Core.Tests.Areas;

public class AreaCodePropertyTests
{
    private static readonly Gen<string> Alnum = Gen.OneOf(Gen.Char['0', '9'], Gen.Char['A', 'Z']).Array[2].Select(c => new string(c));

    private static readonly Gen<string> BuurtCodes =
        Gen.Select(Gen.Int[0, 9999], Alnum, Alnum, (gm, wk, bu) => $"BU{gm:0000}{wk}{bu}");

    [Fact]
    public void Parse_AnyBuurtCode_ParentsChainToTheCountry()
    {
        BuurtCodes.Sample(text =>
        {
            var code = AreaCode.Parse(text);
            var wijk = code.Parent!.Value;
            var gemeente = wijk.Parent!.Value;
            Assert.Equal(AreaLevel.District, wijk.Level);
            Assert.Equal("WK" + text[2..8], wijk.Value);
            Assert.Equal(code.Municipality, gemeente);
            Assert.Equal(AreaCode.Country, gemeente.Parent);
            Assert.True(gemeente.Contains(code));
        });
    }

    [Fact]
    public void Parse_PaddingAndCase_DoNotMatter()
    {
        Gen.Select(BuurtCodes, Gen.Int[0, 6], Gen.Bool, (code, pad, lower) => (code, pad, lower)).Sample(t =>
        {
            var written = (t.lower ? t.code.ToLowerInvariant() : t.code) + new string(' ', t.pad);
            Assert.Equal(AreaCode.Parse(t.code), AreaCode.Parse(written));
        });
    }
}
