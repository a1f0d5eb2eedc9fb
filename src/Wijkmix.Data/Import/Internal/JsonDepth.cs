namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// One pass over JSON text counting bracket depth outside strings, so a document nested deeper than
/// <see cref="ImportLimits.MaxJsonDepth"/> is refused with a message naming that limit and the line,
/// before the parser builds anything. Malformed JSON is left to the parser to report.
/// </summary>
internal static class JsonDepth
{
    public static void Check(string text, ReadBudget budget)
    {
        var depth = 0;
        var line = 1;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }
            else if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                if (++depth > budget.Limits.MaxJsonDepth)
                {
                    throw budget.JsonTooDeep(line);
                }
            }
            else if (c is '}' or ']')
            {
                depth--;
            }
        }
    }
}
