using System.Reflection.Metadata;

namespace Wijkmix.Design.Tests;

/// <summary>
/// The shells (web, command line) ask the monitor; they never run an engine themselves. Reading an
/// engine's result records is fine, so property getters and the members every record has are allowed.
/// </summary>
public sealed class ShellEngineCallTests
{
    private static readonly string[] Shells = ["Wijkmix.Web", "Wijkmix.Cli"];
    private static readonly string[] EngineAssemblies = ["Wijkmix.Segregation", "Wijkmix.Simulation"];

    /// <summary>Reading a result: getters and the members every record or value has. A constructor is a call.</summary>
    private static bool IsReading(string method) =>
        method.StartsWith("get_", StringComparison.Ordinal)
        || method is "op_Equality" or "op_Inequality" or "Equals" or "GetHashCode" or "ToString" or "Deconstruct";

    /// <summary>
    /// The scenario is the simulator's input as the analyst states it: the web form builds it field by field (the
    /// issue asks for exactly that), so constructing a scenario record is allowed; running it is not.
    /// </summary>
    private const string ScenarioInputs = "Wijkmix.Simulation.Scenarios";

    [Fact]
    public void Shells_CallNoEngineMethodDirectly()
    {
        var offenders = Shells.SelectMany(shell => Repo.ReadMetadata(shell, reader => EngineCalls(reader)
            .Select(call => $"{shell}: {call}").ToList()))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(offenders.Count == 0, "Shells call the engines directly (go through Wijkmix.Monitor):\n"
            + string.Join('\n', offenders));
    }

    private static IEnumerable<string> EngineCalls(MetadataReader reader)
    {
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var name = reader.GetString(member.Name);
            if (member.GetKind() != MemberReferenceKind.Method || IsReading(name)
                || MetadataNames.ParentType(reader, member) is not { } parent
                || !EngineAssemblies.Contains(MetadataNames.AssemblyOf(reader, parent)))
            {
                continue;
            }
            var type = MetadataNames.Of(reader, parent);
            if (name == ".ctor" && type.Namespace == ScenarioInputs)
            {
                continue;
            }
            // A record's with-expression compiles to <Clone>$ and the init setters: it builds a new engine input.
            yield return type.Name + "." + (name == "<Clone>$" ? "<Clone>$ (a with-expression)" : name);
        }
    }
}
