using System.Text;

namespace Wijkmix.Design.Tests;

/// <summary>A string literal in a .cs file: where it starts, its text (holes of an interpolation as {…}).</summary>
internal sealed record Literal(int Start, string Text);

/// <summary>
/// Just enough of C#'s lexical grammar to find string literals (regular, verbatim, interpolated, raw,
/// nested in holes) and to blank literals and comments out of the code, keeping every offset and line.
/// </summary>
internal sealed class CSharpLexer
{
    private readonly string source;
    private readonly char[] code;
    private readonly List<Literal> literals = [];

    private CSharpLexer(string source)
    {
        this.source = source;
        code = source.ToCharArray();
    }

    /// <summary>The literals in order, and the code with literal contents and comments replaced by spaces.</summary>
    public static (List<Literal> Literals, string Code) Read(string source)
    {
        var lexer = new CSharpLexer(source);
        lexer.Run(0, source.Length, stopAtBrace: false);
        return ([.. lexer.literals.OrderBy(l => l.Start)], new string(lexer.code));
    }

    /// <summary>Lexes code from <paramref name="i"/>; inside a hole stops at the unmatched '}' and returns its offset.</summary>
    private int Run(int i, int end, bool stopAtBrace)
    {
        var depth = 0;
        while (i < end)
        {
            var c = source[i];
            if (c == '/' && At(i + 1, '/'))
            {
                i = Blank(i, source.IndexOf('\n', i) is var n and >= 0 ? n : end);
            }
            else if (c == '/' && At(i + 1, '*'))
            {
                i = Blank(i, source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var n and >= 0 ? n + 2 : end);
            }
            else if (c == '\'')
            {
                i = CharLiteral(i);
            }
            else if (StringStart(i) is { } s)
            {
                i = StringLiteral(i, s.Dollars, s.Verbatim, s.Quotes, s.ContentStart);
            }
            else if (c == '{')
            {
                depth++;
                i++;
            }
            else if (c == '}' && depth == 0 && stopAtBrace)
            {
                return i;
            }
            else
            {
                depth -= c == '}' ? 1 : 0;
                i++;
            }
        }
        return i;
    }

    private (int Dollars, bool Verbatim, int Quotes, int ContentStart)? StringStart(int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(source[i - 1]) || source[i - 1] == '_') && source[i] != '"')
        {
            return null;
        }
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (j < source.Length && (source[j] == '$' || source[j] == '@'))
        {
            dollars += source[j] == '$' ? 1 : 0;
            verbatim |= source[j] == '@';
            j++;
        }
        if (!At(j, '"'))
        {
            return null;
        }
        var quotes = 0;
        while (At(j + quotes, '"'))
        {
            quotes++;
        }
        // "" is an empty regular string; three or more quotes open a raw string.
        return quotes >= 3 ? (dollars, false, quotes, j + quotes) : (dollars, verbatim, 1, j + 1);
    }

    private int StringLiteral(int start, int dollars, bool verbatim, int quotes, int i)
    {
        var text = new StringBuilder();
        var closing = new string('"', quotes);
        while (i < source.Length)
        {
            if (quotes >= 3 && string.CompareOrdinal(source, i, closing, 0, quotes) == 0)
            {
                return Finish(start, i, i + quotes, text);
            }
            var c = source[i];
            if (quotes == 1 && c == '"' && verbatim && At(i + 1, '"'))
            {
                text.Append('"');
                i += 2;
            }
            else if (quotes == 1 && c == '"')
            {
                return Finish(start, i, i + 1, text);
            }
            else if (quotes == 1 && !verbatim && c == '\\')
            {
                // \n, \t, \0 and the like read as a space; \" and \\ as themselves.
                text.Append(At(i + 1, '"') || At(i + 1, '\\') || At(i + 1, '\'') ? source[i + 1] : ' ');
                i += 2;
            }
            else if (c == '\n' && quotes == 1 && !verbatim)
            {
                return Finish(start, i, i, text); // unterminated: stop at the line end
            }
            else if (dollars == 1 && (c == '{' || c == '}') && At(i + 1, c))
            {
                text.Append(c); // {{ and }} are a brace, not a hole
                i += 2;
            }
            else if (dollars > 0 && c == '{' && string.CompareOrdinal(source, i, new string('{', dollars), 0, dollars) == 0)
            {
                // A hole: code (with its own literals) up to the matching '}'.
                var close = Run(i + dollars, source.Length, stopAtBrace: true);
                text.Append("{…}");
                i = Math.Min(close + dollars, source.Length);
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        return Finish(start, i, i, text);
    }

    private int Finish(int start, int contentEnd, int end, StringBuilder text)
    {
        literals.Add(new Literal(start, text.ToString()));
        Blank(start, contentEnd);
        return end;
    }

    private int CharLiteral(int i)
    {
        var j = i + 1;
        while (j < source.Length && source[j] != '\'' && source[j] != '\n')
        {
            j += source[j] == '\\' ? 2 : 1;
        }
        return Blank(i, Math.Min(j + 1, source.Length));
    }

    private int Blank(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            code[k] = code[k] == '\n' ? '\n' : ' ';
        }
        return to;
    }

    private bool At(int i, char c) => i < source.Length && source[i] == c;
}
