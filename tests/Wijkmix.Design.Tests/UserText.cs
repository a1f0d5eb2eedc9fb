using System.Text.RegularExpressions;

namespace Wijkmix.Design.Tests;

/// <summary>A prose literal found in code, and why it is allowed (null: it is not).</summary>
internal sealed record ProseLiteral(string File, int Line, string Text, string? Allowed);

/// <summary>
/// Finds string literals that read like a sentence (a word of three letters or more, a space, another word)
/// and decides, by a few explicit rules, whether they may stay in code.
/// </summary>
internal static partial class UserText
{
    public const string ApiDocs = "API docs";

    /// <summary>Calls whose literal arguments are not user text, each with its reason.</summary>
    private static readonly (Regex Call, string Reason)[] AllowedCalls =
    [
        (new(@"((^|\.)Log(Trace|Debug|Information|Warning|Error|Critical)?|[lL]ogger\.\w+)$"), "a log line is for the operator, not the analyst"),
        (new(@"^new (ArgumentException|ArgumentNullException|ArgumentOutOfRangeException|InvalidOperationException|NotSupportedException|UnreachableException)$"),
            "a programmer error: a bug, never shown as an answer"),
        (new(@"(^|\.)Debug\.(Assert|Fail)$"), "a debug-only check"),
        (new(@"^(new Regex|Regex\.\w+)$"), "a regular expression, not text"),
        (new(@"(^|\.)(Contains|StartsWith|EndsWith|IndexOf)$"), "text matched against an input file (a CBS header or unit), never shown"),
        (new(@"^new (SegregationInputException|FormatException)$"),
            "an engine's or a parser's contract with its caller, in English like R's segregation package; the monitor checks first (follow-up: word the remaining analysis failure in Dutch)"),
        (new(@"^\.?(WithSummary|WithDescription|WithTags|WithName|WithDisplayName|MapScalarApiReference)$"), ApiDocs),
    ];

    public static IEnumerable<ProseLiteral> Scan(string path)
    {
        var source = File.ReadAllText(path);
        var (literals, code) = CSharpLexer.Read(source);
        // Markup tags (SVG drawn in code) are no prose; the text between them may be.
        foreach (var literal in literals.Where(l => Prose().IsMatch(Tag().Replace(l.Text, " "))))
        {
            var line = 1 + source.AsSpan(0, literal.Start).Count('\n');
            yield return new ProseLiteral(Repo.Relative(path), line, literal.Text, Allowed(literal, code));
        }
    }

    /// <summary>Literals that are no text at all, by their shape, each with its reason.</summary>
    private static readonly (Regex Shape, string Reason)[] NotText =
    [
        (new(@"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA|WITH)\b|\b(FROM|WHERE|AND|CASE|WHEN|THEN|LIKE|IN \()"), "SQL (keywords in capitals)"),
        (new(@"://|^/|^~/"), "a URL or path"),
        (new(@"^[dMyHhmsfFtzK:./\- ,']+$"), "a date or number format"),
        (new(@"Data Source=|^SQLite format 3"), "a connection string or a file signature"),
        (new(@"^[a-z0-9_ ]*-[a-z0-9_ -]*$"), "CSS class names"),
        (new(@"^per km[²2]$"), "a unit symbol, the same in both languages"),
    ];

    private static string? Allowed(Literal literal, string code)
    {
        if (NotText.FirstOrDefault(n => n.Shape.IsMatch(literal.Text)) is { Reason: { } reason })
        {
            return reason;
        }
        if (OpenApiInfo().IsMatch(code[Math.Max(0, literal.Start - 80)..literal.Start]))
        {
            return ApiDocs;
        }
        var statement = StatementBefore(code, literal.Start);
        if (AuditEntry().IsMatch(statement))
        {
            return "an audit log entry: a stored record, written once in the workspace's language like a minute (follow-up: store a code and word it when shown)";
        }
        if (PatternMatch().IsMatch(statement))
        {
            return "a pattern matched against an input file's text (is \"…\" or \"…\"), never shown";
        }
        var (calls, inAttribute) = Enclosing(code, literal.Start);
        if (inAttribute)
        {
            return "an attribute argument ([GeneratedRegex], [Description] of an option…)";
        }
        return calls.SelectMany(call => AllowedCalls.Where(a => a.Call.IsMatch(call)).Select(a => a.Reason)).FirstOrDefault();
    }

    /// <summary>
    /// The calls whose argument list holds the literal, innermost first, up to the statement's start;
    /// and whether the literal sits in an attribute.
    /// </summary>
    private static (List<string> Calls, bool InAttribute) Enclosing(string code, int at)
    {
        var calls = new List<string>();
        var depth = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            var c = code[i];
            if (c is ')' or ']')
            {
                depth++;
            }
            else if (c is '(' or '[' && depth > 0)
            {
                depth--;
            }
            else if (c == '(')
            {
                calls.Add(CallName(code, i));
            }
            else if (c == '[')
            {
                var before = code[..i].TrimEnd();
                if (before.Length == 0 || before[^1] is ';' or '{' or '}' or ']' or '(' or ',')
                {
                    return (calls, true);
                }
            }
            else if (c is ';' or '{' or '}' && depth == 0)
            {
                break;
            }
        }
        return (calls, false);
    }

    /// <summary>The code of the statement before the literal, back to the previous ';', '{' or '}'.</summary>
    private static string StatementBefore(string code, int at)
    {
        var start = code.LastIndexOfAny([';', '{', '}'], Math.Max(0, at - 1));
        return code[(start + 1)..at];
    }

    [GeneratedRegex(@"\b(ChangeDescription\s*=|AuditTarget\b|audit\.Record\()")]
    private static partial Regex AuditEntry();

    [GeneratedRegex(@"\bis\s+([^;{}=]*\bor\s+)?$")]
    private static partial Regex PatternMatch();

    /// <summary>The name before an opening parenthesis: "new ArgumentException", "logger.LogWarning", ".WithSummary".</summary>
    private static string CallName(string code, int paren)
    {
        var m = CallBefore().Match(code[Math.Max(0, paren - 200)..paren]);
        return m.Success ? m.Groups[1].Value.Trim() : "";
    }

    // The OpenAPI document's title and description (doc.Info.Title = "…").
    [GeneratedRegex(@"\bInfo\.(Title|Description)\s*=\s*$")]
    private static partial Regex OpenApiInfo();

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\p{L}{3,} \p{L}")]
    private static partial Regex Prose();

    [GeneratedRegex(@"((?:new\s+)?[\w.]*\w|\.\w+)\s*(?:<[^()]*>)?\s*$")]
    private static partial Regex CallBefore();
}
