using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;
using Wijkmix.Workspace.Wijkfonds;

namespace Wijkmix.Workspace.Wijkfonds;

/// <summary>Reads the vote rows of the decision form: a voter's name, organisation and choice per row.</summary>
internal static class FundVotes
{
    /// <summary>The votes; rows with neither a name nor a choice are skipped; the first bad row gives <paramref name="problem"/>.</summary>
    public static List<FundVote> Read(IReadOnlyList<string> voters, IReadOnlyList<string> organisations, IReadOnlyList<string> choices, out FieldProblem? problem)
    {
        problem = null;
        var votes = new List<FundVote>();
        for (var i = 0; i < Math.Max(voters.Count, choices.Count); i++)
        {
            var name = (i < voters.Count ? voters[i] : null)?.Trim() ?? string.Empty;
            var organisation = (i < organisations.Count ? organisations[i] : null)?.Trim() ?? string.Empty;
            var choice = i < choices.Count ? choices[i] : null;
            if (name.Length == 0 && string.IsNullOrEmpty(choice))
            {
                continue;
            }

            VoteChoice? parsed = choice switch
            {
                "voor" => VoteChoice.For,
                "tegen" => VoteChoice.Against,
                "onthouding" => VoteChoice.Abstain,
                _ => null,
            };
            if (name.Length is 0 or > FundRules.MaxText || organisation.Length > FundRules.MaxText)
            {
                problem = new FieldProblem("stemmer", WorkspaceText.Format("FundVoterName", i + 1, FundRules.MaxText));
                return [];
            }

            if (parsed is null)
            {
                problem = new FieldProblem("stemkeuze", WorkspaceText.Format("FundVoteChoice", i + 1, name));
                return [];
            }

            votes.Add(new FundVote { Voter = name, Organisation = organisation, Choice = parsed.Value });
        }

        return votes;
    }
}
