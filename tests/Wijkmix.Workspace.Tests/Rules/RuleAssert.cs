using Wijkmix.Workspace.Tests.Resources;

namespace Wijkmix.Workspace.Tests.Rules;

/// <summary>Assertions on a rule's outcome, checked in Dutch (the neutral language, nl number formats).</summary>
internal static class RuleAssert
{
    /// <summary>The rule refuses with exactly one problem: <paramref name="field"/> and the Dutch <paramref name="message"/>.</summary>
    public static void RefusedInDutch<T>(Func<Checked<T>> check, string field, string message)
        where T : class
    {
        using var _ = UseCulture.Dutch();
        Assert.Equal(new FieldProblem(field, message), Assert.Single(check().Problems));
    }

    /// <summary>The rule accepts, in Dutch, with these values.</summary>
    public static void AcceptedInDutch<T>(T expected, Func<Checked<T>> check)
        where T : class
    {
        using var _ = UseCulture.Dutch();
        Assert.Equal(expected, check().Value);
    }
}
