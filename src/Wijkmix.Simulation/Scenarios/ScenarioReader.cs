using System.Globalization;
using Wijkmix.Simulation.Resources;
using Wijkmix.Simulation.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Wijkmix.Simulation.Scenarios;

/// <summary>
/// Reads a scenario file (YAML, or JSON, which is YAML too) into a <see cref="Scenario"/>, collecting
/// every problem with its line and field path instead of stopping at the first. Field names are
/// Dutch, as the analysts who write them; docs/simulatie.md lists them with their defaults.
/// </summary>
public static partial class ScenarioReader
{
    public const int MaxYears = 15;

    public static ScenarioReadResult Read(string text, string file, AreaCatalogue? areas = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reading(file, areas);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return new ScenarioReadResult(null, [new ScenarioProblem(file, 1, "(document)", SimulationText.Problem_ExpectedMap)]);
            }

            root = map;
        }
        catch (YamlException e)
        {
            return new ScenarioReadResult(null, [new ScenarioProblem(file, (int)e.Start.Line, "(document)", string.Format(CultureInfo.CurrentCulture, SimulationText.Problem_Syntax, e.InnerException?.Message ?? e.Message))]);
        }

        var scenario = reader.Scenario(root);
        return new ScenarioReadResult(reader.Problems.Count == 0 ? scenario : null, reader.Problems);
    }

    public static ScenarioReadResult ReadFile(string path, AreaCatalogue? areas = null) =>
        Read(File.ReadAllText(path), Path.GetFileName(path), areas);

    private sealed partial class Reading(string file, AreaCatalogue? areas)
    {
        public List<ScenarioProblem> Problems { get; } = [];

        private int _firstYear = RuleBook.FirstYear;
        private int _lastYear = RuleBook.FirstYear + MaxYears;

        private static readonly string[] TopFields = ["naam", "gemeente", "startjaar", "jaren", "seed", "schaal", "inloopjaren", "kalibratie", "markt", "basis", "varianten"];

        public Scenario? Scenario(YamlMappingNode root)
        {
            var fields = Fields(root, "", TopFields);
            var name = Text(fields, "naam", "", required: false) ?? "Scenario";
            var municipality = Text(fields, "gemeente", "", required: true) ?? "";
            var start = (int)Number(fields, "startjaar", "", 2025, RuleBook.FirstYear, 2035, integer: true);
            var years = (int)Number(fields, "jaren", "", 10, 1, MaxYears, integer: true);
            _firstYear = start;
            _lastYear = start + years - 1;
            var seed = (ulong)Number(fields, "seed", "", 1, 0, long.MaxValue, integer: true);
            var scale = Number(fields, "schaal", "", 1, 0.001, 1);
            var burnIn = (int)Number(fields, "inloopjaren", "", Scenarios.Scenario.DefaultBurnInYears, 0, 200, integer: true);
            var calibrated = Flag(fields, "kalibratie", "", true);
            var market = fields.TryGetValue("markt", out var m) ? Market(m, "markt") : new MarketParameters();
            var baseline = fields.TryGetValue("basis", out var b) ? Variant(b, "basis", "Basis") : new ScenarioVariant("Basis", []);
            var variants = new List<ScenarioVariant>();
            if (fields.TryGetValue("varianten", out var v))
            {
                if (v is YamlSequenceNode list)
                {
                    for (var i = 0; i < list.Children.Count; i++)
                    {
                        variants.Add(Variant(list.Children[i], $"varianten[{i}]", $"Variant {i + 1}"));
                    }
                }
                else
                {
                    Problem(v, "varianten", SimulationText.Problem_ExpectedList);
                }
            }

            return new Scenario(name, municipality, start, years, seed, scale, market, baseline, variants) { BurnInYears = burnIn, UseCalibration = calibrated };
        }

        private ScenarioVariant Variant(YamlNode node, string path, string defaultName)
        {
            var fields = Fields(node, path, ["naam", "instrumenten"]);
            var name = Text(fields, "naam", path, required: false) ?? defaultName;
            var instruments = new List<Instrument>();
            if (fields.TryGetValue("instrumenten", out var list))
            {
                if (list is YamlSequenceNode items)
                {
                    for (var i = 0; i < items.Children.Count; i++)
                    {
                        if (Instrument(items.Children[i], $"{path}.instrumenten[{i}]") is { } instrument)
                        {
                            instruments.Add(instrument);
                        }
                    }
                }
                else
                {
                    Problem(list, $"{path}.instrumenten", SimulationText.Problem_ExpectedList);
                }
            }

            return new ScenarioVariant(name, instruments);
        }

        private Dictionary<string, YamlNode> Fields(YamlNode node, string path, IReadOnlyList<string> allowed)
        {
            var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            if (node is not YamlMappingNode map)
            {
                Problem(node, path.Length == 0 ? "(document)" : path, SimulationText.Problem_ExpectedMap);
                return result;
            }

            foreach (var (key, value) in map.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(name))
                {
                    Problem(key, Join(path, name), Format(SimulationText.Problem_UnknownField, name, string.Join(", ", allowed)));
                    continue;
                }

                result[name] = value;
            }

            return result;
        }

        private string? Text(Dictionary<string, YamlNode> fields, string name, string path, bool required)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                if (required)
                {
                    Problems.Add(new ScenarioProblem(file, null, Join(path, name), SimulationText.Problem_Required));
                }

                return null;
            }

            if (node is YamlScalarNode { Value: { } value })
            {
                return value;
            }

            Problem(node, Join(path, name), SimulationText.Problem_ExpectedText);
            return null;
        }

        /// <summary>A number within [min, max]; a negative value for a field that must not be negative gets its own message.</summary>
        private double Number(Dictionary<string, YamlNode> fields, string name, string path, double fallback, double min, double max, bool integer = false, string? law = null)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return fallback;
            }

            var field = Join(path, name);
            var raw = (node as YamlScalarNode)?.Value ?? "";
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Problem(node, field, Format(SimulationText.Problem_NotANumber, raw));
                return fallback;
            }

            if (integer && value != Math.Floor(value))
            {
                Problem(node, field, Format(SimulationText.Problem_NotAnInteger, raw));
                return fallback;
            }

            if (value < 0 && min >= 0 && law is null)
            {
                Problem(node, field, Format(SimulationText.Problem_Negative, raw));
                return fallback;
            }

            if (value < min || value > max)
            {
                Problem(node, field, law is null
                    ? Format(SimulationText.Problem_OutOfRange, raw, Show(min), Show(max))
                    : Format(SimulationText.Problem_OutOfLegalRange, raw, Show(min), Show(max), law));
                return fallback;
            }

            return value;
        }

        private bool Flag(Dictionary<string, YamlNode> fields, string name, string path, bool fallback)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return fallback;
            }

            var raw = ((node as YamlScalarNode)?.Value ?? "").ToUpperInvariant();
            switch (raw)
            {
                case "TRUE" or "JA" or "YES":
                    return true;
                case "FALSE" or "NEE" or "NO":
                    return false;
                default:
                    Problem(node, Join(path, name), Format(SimulationText.Problem_NotABoolean, (node as YamlScalarNode)?.Value ?? ""));
                    return fallback;
            }
        }

        private void Problem(YamlNode node, string field, string message) =>
            Problems.Add(new ScenarioProblem(file, (int)node.Start.Line, field, message));

        private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

        private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

        private static string Show(double v) => v.ToString(CultureInfo.InvariantCulture);
    }
}
