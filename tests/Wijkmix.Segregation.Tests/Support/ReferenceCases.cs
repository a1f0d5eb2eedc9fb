using System.Globalization;
using System.Text.RegularExpressions;

namespace Wijkmix.Segregation.Tests.Support;

/// <summary>One index checked on one table of <c>Fixtures/reference-cases.txt</c>.</summary>
internal sealed record ReferenceCase(int Line, string Case, Grid Table, string Index, string Expected, string Source)
{
    /// <summary>A short, unique, serialisable id: "line 42: Multigroup.Gini".</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Index}");

    public override string ToString() => $"{Case} — {Index} = {Expected} ({Source})";
}

/// <summary>Reads the reference-case fixture and evaluates an index named in it.</summary>
internal static partial class ReferenceCases
{
    public static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference-cases.txt");

    private static readonly Lazy<IReadOnlyList<ReferenceCase>> Cached = new(() => Parse(File.ReadAllLines(FixturePath)));

    public static IReadOnlyList<ReferenceCase> All => Cached.Value;

    public static IReadOnlyList<ReferenceCase> Parse(IReadOnlyList<string> lines)
    {
        var cases = new List<ReferenceCase>();
        var start = -1;
        for (var i = 0; i <= lines.Count; i++)
        {
            var blank = i == lines.Count || string.IsNullOrWhiteSpace(lines[i]);
            if (blank && start >= 0)
            {
                cases.AddRange(ParseBlock(lines, start, i));
                start = -1;
            }
            else if (!blank && start < 0 && !lines[i].StartsWith('#'))
            {
                start = i;
            }
        }

        return cases;
    }

    /// <summary>Evaluates an index name of the fixture on a table.</summary>
    public static double Evaluate(string index, CountTable table)
    {
        var atkinson = AtkinsonName().Match(index);
        if (atkinson.Success)
        {
            return Segregation.Atkinson(table, atkinson.Groups[1].Value, double.Parse(atkinson.Groups[2].Value, CultureInfo.InvariantCulture));
        }

        var match = IndexName().Match(index);
        if (!match.Success)
        {
            throw new FormatException($"unknown index {index}");
        }

        object result = match.Groups["kind"].Value switch
        {
            "Multigroup" => Segregation.Multigroup(table, match.Groups["base"].Success ? double.Parse(match.Groups["base"].Value, CultureInfo.InvariantCulture) : Math.E),
            _ => Segregation.TwoGroup(table, match.Groups["group"].Value, match.Groups["reference"].Success ? match.Groups["reference"].Value : null),
        };
        var property = result.GetType().GetProperty(match.Groups["field"].Value)
            ?? throw new FormatException($"{result.GetType().Name} has no field {match.Groups["field"].Value}");
        return (double)property.GetValue(result)!;
    }

    private static List<ReferenceCase> ParseBlock(IReadOnlyList<string> lines, int from, int to)
    {
        string? name = null, expected = null, source = null, key = null;
        var indices = new List<string>();
        var header = (string[]?)null;
        var units = new List<string>();
        var rows = new List<double[]>();
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (key)
                {
                    case "table" when header is null:
                        header = words;
                        break;
                    case "table":
                        units.Add(words[0]);
                        rows.Add([.. words.Skip(1).Select(w => double.Parse(w, CultureInfo.InvariantCulture))]);
                        break;
                    case "source":
                        source += " " + line.Trim();
                        break;
                    default:
                        throw new FormatException($"line {i + 1}: an indented line belongs to no table or source");
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            key = colon > 0 ? line[..colon] : throw new FormatException($"line {i + 1}: expected \"key: value\"");
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "case": name = value; break;
                case "table": break;
                case "index": indices.Add(value); break;
                case "expected": expected = value; break;
                case "source": source = value; break;
                default: throw new FormatException($"line {i + 1}: unknown key {key}");
            }
        }

        if (name is null || header is null || rows.Count == 0 || indices.Count == 0 || expected is null || string.IsNullOrWhiteSpace(source))
        {
            throw new FormatException($"line {from + 1}: a case needs case, table, index, expected and source");
        }

        if (rows.Any(r => r.Length != header.Length))
        {
            throw new FormatException($"line {from + 1}: a table row does not match the header");
        }

        var counts = new double[rows.Count, header.Length];
        for (var u = 0; u < rows.Count; u++)
        {
            for (var g = 0; g < header.Length; g++)
            {
                counts[u, g] = rows[u][g];
            }
        }

        var grid = new Grid([.. units], header, counts);
        return [.. indices.Select(index => new ReferenceCase(from + 1, name, grid, index, expected, source))];
    }

    [GeneratedRegex(@"^(?<kind>Multigroup)(?:\(base (?<base>[0-9.]+)\))?\.(?<field>\w+)$|^(?<kind>TwoGroup)\((?<group>\w+)(?:,\s*(?<reference>\w+))?\)\.(?<field>\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexName();

    [GeneratedRegex(@"^Atkinson\((\w+),\s*([0-9.]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtkinsonName();
}

/// <summary>
/// Evaluates the exact expressions of the fixture: numbers, + − * / ^ (right-associative), unary minus,
/// parentheses and the functions ln, log2 and sqrt.
/// </summary>
internal sealed class Expression
{
    private readonly string _text;
    private int _at;

    private Expression(string text) => _text = text;

    public static double Evaluate(string text)
    {
        var parser = new Expression(text);
        var value = parser.Sum();
        parser.SkipSpace();
        return parser._at == text.Length ? value : throw parser.Error("unexpected text");
    }

    private double Sum()
    {
        var value = Product();
        while (Accept('+') || Accept('-'))
        {
            var plus = _text[_at - 1] == '+';
            var right = Product();
            value = plus ? value + right : value - right;
        }

        return value;
    }

    private double Product()
    {
        var value = Unary();
        while (Accept('*') || Accept('/'))
        {
            var times = _text[_at - 1] == '*';
            var right = Unary();
            value = times ? value * right : value / right;
        }

        return value;
    }

    private double Unary() => Accept('-') ? -Unary() : Power();

    private double Power()
    {
        var value = Atom();
        return Accept('^') ? Math.Pow(value, Unary()) : value;
    }

    private double Atom()
    {
        SkipSpace();
        if (Accept('('))
        {
            var value = Sum();
            return Accept(')') ? value : throw Error("expected )");
        }

        var start = _at;
        if (_at < _text.Length && char.IsLetter(_text[_at]))
        {
            while (_at < _text.Length && char.IsLetterOrDigit(_text[_at]))
            {
                _at++;
            }

            var name = _text[start.._at];
            if (!Accept('('))
            {
                throw Error("expected ( after " + name);
            }

            var argument = Sum();
            if (!Accept(')'))
            {
                throw Error("expected )");
            }

            return name switch
            {
                "ln" => Math.Log(argument),
                "log2" => Math.Log2(argument),
                "sqrt" => Math.Sqrt(argument),
                _ => throw Error("unknown function " + name),
            };
        }

        while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.'))
        {
            _at++;
        }

        return _at > start ? double.Parse(_text[start.._at], CultureInfo.InvariantCulture) : throw Error("expected a number");
    }

    private bool Accept(char c)
    {
        SkipSpace();
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && _text[_at] == ' ')
        {
            _at++;
        }
    }

    private FormatException Error(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{what} at position {_at} of \"{_text}\""));
}
