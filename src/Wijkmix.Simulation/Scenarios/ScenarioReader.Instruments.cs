using Wijkmix.Simulation.Resources;
using Wijkmix.Simulation.Rules;
using YamlDotNet.RepresentationModel;

namespace Wijkmix.Simulation.Scenarios;

/// <summary>The market block and the instruments, with their bounds (legal bounds cite DOMAIN.md).</summary>
public static partial class ScenarioReader
{
    /// <summary>The instrument types a scenario may use.</summary>
    public static readonly IReadOnlyList<string> InstrumentTypes =
    [
        "passend_toewijzen", "vrije_ruimte", "labels_huishoudgrootte", "loting", "lokale_binding", "wijkballotage",
        "directe_bemiddeling", "complexgrens", "rotterdamwet", "huur_op_maat", "sloop_nieuwbouw", "verkoop",
        "middenhuur_bijbouwen", "gespiegeld_bouwen", "renovatie", "bijzondere_woonvorm",
    ];

    private sealed partial class Reading
    {
        private static readonly string[] MarketFields =
        [
            "mutatiegraad_sociale_huur", "mutatiegraad_middenhuur", "mutatiegraad_vrije_huur", "mutatiegraad_koop", "doorstroom_aandeel",
            "nieuwe_zoekers", "opgeven", "statushouders_aandeel", "urgenten_aandeel", "uitstromers_aandeel", "loting_aandeel",
            "vrije_ruimte", "indexatie", "voorkeur_gelijke_buren", "reactiekans", "zoekers_per_sociale_woning", "inschrijfduur_jaren",
            "vertrek_stijgers", "mutatiegraad_per_gebied", "inschrijving_voor_zoeken_jaren", "aanvaarding",
        ];

        private MarketParameters Market(YamlNode node, string path)
        {
            var f = Fields(node, path, MarketFields);
            var d = new MarketParameters();
            double Rate(string name, double fallback, double max = 1) => Number(f, name, path, fallback, 0, max);
            var byArea = new List<AreaRate>();
            if (f.TryGetValue("mutatiegraad_per_gebied", out var list))
            {
                var items = list as YamlSequenceNode;
                for (var i = 0; items is not null && i < items.Children.Count; i++)
                {
                    var itemPath = $"{path}.mutatiegraad_per_gebied[{i}]";
                    var item = Fields(items.Children[i], itemPath, ["gebied", "waarde"]);
                    var area = Text(item, "gebied", itemPath, required: true);
                    var code = area is null ? "" : CheckArea(area, item["gebied"], $"{itemPath}.gebied");
                    byArea.Add(new AreaRate(code, Number(item, "waarde", itemPath, d.TurnoverSocial, 0, 1)));
                }

                if (items is null)
                {
                    Problem(list, $"{path}.mutatiegraad_per_gebied", SimulationText.Problem_ExpectedList);
                }
            }

            return new MarketParameters
            {
                TurnoverSocial = Rate("mutatiegraad_sociale_huur", d.TurnoverSocial),
                TurnoverMidRent = Rate("mutatiegraad_middenhuur", d.TurnoverMidRent),
                TurnoverPrivateRent = Rate("mutatiegraad_vrije_huur", d.TurnoverPrivateRent),
                TurnoverOwner = Rate("mutatiegraad_koop", d.TurnoverOwner),
                InternalMoveShare = Rate("doorstroom_aandeel", d.InternalMoveShare),
                NewSeekerRate = Rate("nieuwe_zoekers", d.NewSeekerRate),
                GiveUpRate = Rate("opgeven", d.GiveUpRate),
                StatusHolderShare = Rate("statushouders_aandeel", d.StatusHolderShare),
                UrgentShare = Rate("urgenten_aandeel", d.UrgentShare),
                CareLeaverShare = Rate("uitstromers_aandeel", d.CareLeaverShare),
                LotteryShare = Rate("loting_aandeel", d.LotteryShare),
                FreeRoom = Number(f, "vrije_ruimte", path, d.FreeRoom, 0, RuleBook.FreeRoomMaximum, law: SimulationText.Law_FreeRoom),
                Indexation = Rate("indexatie", d.Indexation, 0.2),
                SimilarityPreference = Number(f, "voorkeur_gelijke_buren", path, d.SimilarityPreference, 0, 10),
                ReactionRate = Number(f, "reactiekans", path, d.ReactionRate, 0.01, 1),
                SeekersPerSocialDwelling = Rate("zoekers_per_sociale_woning", d.SeekersPerSocialDwelling, 5),
                MeanRegistrationYears = Number(f, "inschrijfduur_jaren", path, d.MeanRegistrationYears, 0, 30),
                RiserExitRate = Rate("vertrek_stijgers", d.RiserExitRate),
                RegistrationHeadStartYears = Number(f, "inschrijving_voor_zoeken_jaren", path, d.RegistrationHeadStartYears, 0, 30),
                AcceptanceIntercept = Number(f, "aanvaarding", path, d.AcceptanceIntercept, -5, 5),
                SocialTurnoverByArea = byArea,
                Given = [.. f.Keys],
            };
        }

        private static readonly string[] Common = ["type", "gebieden", "vanaf", "tot"];

        private static readonly Dictionary<string, string[]> Parameters = new(StringComparer.Ordinal)
        {
            ["passend_toewijzen"] = ["minimum_aandeel", "inkomensmarge"],
            ["vrije_ruimte"] = ["aandeel"],
            ["labels_huishoudgrootte"] = [],
            ["loting"] = ["aandeel"],
            ["lokale_binding"] = ["aandeel"],
            ["wijkballotage"] = ["aandeel"],
            ["directe_bemiddeling"] = ["max_aandeel_kwetsbaar", "max_wachttijd_maanden"],
            ["complexgrens"] = ["max_aandeel_kwetsbaar"],
            ["rotterdamwet"] = ["artikel_8", "artikel_9_aandeel", "artikel_10_weigerkans"],
            ["huur_op_maat"] = [],
            ["sloop_nieuwbouw"] = ["sloop_aandeel", "nieuwbouw_factor", "mix", "bouwtijd_jaren", "terugkeerrecht"],
            ["verkoop"] = ["woningen_per_jaar"],
            ["middenhuur_bijbouwen"] = ["woningen"],
            ["gespiegeld_bouwen"] = ["woningen"],
            ["renovatie"] = ["aandeel", "duur_maanden"],
            ["bijzondere_woonvorm"] = ["plaatsen"],
        };

        private static readonly HashSet<string> NeedAreas = ["wijkballotage", "rotterdamwet", "sloop_nieuwbouw", "gespiegeld_bouwen", "renovatie"];

        private Instrument? Instrument(YamlNode node, string path)
        {
            var type = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("type"), out var t) ? (t as YamlScalarNode)?.Value : null;
            if (type is null || !Parameters.TryGetValue(type, out var own))
            {
                if (type is null)
                {
                    Problems.Add(new ScenarioProblem(file, (int)node.Start.Line, $"{path}.type", SimulationText.Problem_Required));
                }
                else
                {
                    Problem(((YamlMappingNode)node).Children[new YamlScalarNode("type")], $"{path}.type", Format(SimulationText.Problem_UnknownInstrument, type, string.Join(", ", InstrumentTypes)));
                }

                return null;
            }

            var f = Fields(node, path, [.. Common, .. own]);
            var areas = Areas(f, path);
            if (areas.Count == 0 && NeedAreas.Contains(type))
            {
                Problems.Add(new ScenarioProblem(file, (int)node.Start.Line, $"{path}.gebieden", SimulationText.Problem_AreasRequired));
            }

            int? Year(string name) => f.ContainsKey(name) ? (int)Number(f, name, path, _firstYear, _firstYear, _lastYear, integer: true) : null;
            var from = Year("vanaf");
            var to = Year("tot");
            double Share(string name, double fallback) => Number(f, name, path, fallback, 0, 1);
            int Count(string name) => (int)Number(f, name, path, 0, 0, 1_000_000, integer: true);
            return type switch
            {
                "passend_toewijzen" => new PassendToewijzen(areas, from, to,
                    Number(f, "minimum_aandeel", path, RuleBook.PassendMinimumShare, RuleBook.PassendMinimumShare, 1, law: SimulationText.Law_Passend),
                    Number(f, "inkomensmarge", path, 0, 0, 0.5)),
                "vrije_ruimte" => new FreeRoom(areas, from, to, Number(f, "aandeel", path, RuleBook.FreeRoomDefault, 0, RuleBook.FreeRoomMaximum, law: SimulationText.Law_FreeRoom)),
                "labels_huishoudgrootte" => new SizeLabels(areas, from, to),
                "loting" => new Lottery(areas, from, to, Share("aandeel", 0.1)),
                "lokale_binding" => new LocalBinding(areas, from, to, Number(f, "aandeel", path, 0.25, 0, RuleBook.LocalBindingMaximum, law: SimulationText.Law_LocalBinding)),
                "wijkballotage" => new CoSelection(areas, from, to, Share("aandeel", 0.5)),
                "directe_bemiddeling" => new DirectPlacement(areas, from, to, Share("max_aandeel_kwetsbaar", 0.4), (int)Number(f, "max_wachttijd_maanden", path, 6, 0, 60, integer: true)),
                "complexgrens" => new ComplexCap(areas, from, to, Share("max_aandeel_kwetsbaar", 0.3)),
                "rotterdamwet" => new Rotterdamwet(areas, from, to, Flag(f, "artikel_8", path, true), Number(f, "artikel_9_aandeel", path, 0, 0, 0.5), Number(f, "artikel_10_weigerkans", path, 0, 0, 0.2)),
                "huur_op_maat" => new HuurOpMaat(areas, from, to),
                "sloop_nieuwbouw" => new DemolishRebuild(areas, from ?? _firstYear, to, Share("sloop_aandeel", 0.5), Number(f, "nieuwbouw_factor", path, 1, 0, 3),
                    Mix(f, path), (int)Number(f, "bouwtijd_jaren", path, 3, 1, 10, integer: true), Flag(f, "terugkeerrecht", path, true)),
                "verkoop" => new SaleOfSocial(areas, from, to, Count("woningen_per_jaar")),
                "middenhuur_bijbouwen" => new NewBuild(areas, from ?? _firstYear, to, Count("woningen"), Social: false),
                "gespiegeld_bouwen" => new NewBuild(areas, from ?? _firstYear, to, Count("woningen"), Social: true),
                "renovatie" => new Renovation(areas, from ?? _firstYear, to, Share("aandeel", 0.5), (int)Number(f, "duur_maanden", path, 12, 1, 36, integer: true)),
                _ => new SpecialHousing(areas, from ?? _firstYear, to, Count("plaatsen")),
            };
        }

        private SegmentMix Mix(Dictionary<string, YamlNode> f, string path)
        {
            if (!f.TryGetValue("mix", out var node))
            {
                return new SegmentMix(0.3, 0.3, 0.1, 0.3);
            }

            var mixPath = $"{path}.mix";
            var m = Fields(node, mixPath, ["sociale_huur", "middenhuur", "vrije_huur", "koop"]);
            var mix = new SegmentMix(Number(m, "sociale_huur", mixPath, 0, 0, 1), Number(m, "middenhuur", mixPath, 0, 0, 1), Number(m, "vrije_huur", mixPath, 0, 0, 1), Number(m, "koop", mixPath, 0, 0, 1));
            var sum = mix.SocialRent + mix.MidRent + mix.PrivateRent + mix.Owner;
            if (Math.Abs(sum - 1) > 0.001)
            {
                Problem(node, mixPath, Format(SimulationText.Problem_MixSum, Show(Math.Round(sum, 4))));
            }

            return mix;
        }

        private List<string> Areas(Dictionary<string, YamlNode> f, string path)
        {
            var result = new List<string>();
            if (!f.TryGetValue("gebieden", out var node))
            {
                return result;
            }

            if (node is not YamlSequenceNode list)
            {
                Problem(node, $"{path}.gebieden", SimulationText.Problem_ExpectedList);
                return result;
            }

            for (var i = 0; i < list.Children.Count; i++)
            {
                var code = (list.Children[i] as YamlScalarNode)?.Value ?? "";
                result.Add(CheckArea(code, list.Children[i], $"{path}.gebieden[{i}]"));
            }

            return result;
        }

        /// <summary>The code of the area given as a code or by its name; a problem when it is neither (or a name of several).</summary>
        private string CheckArea(string code, YamlNode node, string field)
        {
            if (areas is null || areas.Codes.Contains(code) || code == areas.MunicipalityCode)
            {
                return code;
            }

            var named = areas.CodesNamed(code);
            if (named.Count == 1)
            {
                return named[0];
            }

            Problem(node, field, named.Count > 1
                ? Format(SimulationText.Problem_AmbiguousArea, code, string.Join(", ", named))
                : Format(SimulationText.Problem_UnknownArea, code, areas.MunicipalityName, areas.Example, areas.MunicipalityCode));
            return code;
        }
    }
}
