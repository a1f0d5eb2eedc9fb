using System.Globalization;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Catalogue;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Api;

/// <summary>
/// One parameter of the API's one vocabulary: its name everywhere, its allowed values when it is a choice, whether it
/// takes a comma-separated list or a whole number, and the name it replaces (an alias kept for existing users, marked
/// deprecated).
/// </summary>
internal sealed record ApiParameter(string Name, IReadOnlyList<string>? Allowed = null, bool IsList = false, string? AliasOf = null, bool IsWhole = false)
{
    /// <summary>The description in the document, from the resources (ApiParam_name).</summary>
    public string Description => Text.ResourceManager.GetString("ApiParam_" + Name, CultureInfo.CurrentUICulture) ?? Name;

    /// <summary>The first value of <paramref name="value"/> this parameter does not allow; null when all are allowed.</summary>
    public string? Unknown(string value)
    {
        if (IsWhole)
        {
            return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : value;
        }

        if (Allowed is null)
        {
            return null;
        }

        var parts = IsList ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [value.Trim()];
        return parts.FirstOrDefault(p => !Allowed.Contains(p, StringComparer.OrdinalIgnoreCase));
    }
}

/// <summary>
/// The API's parameter vocabulary, shared by every endpoint in the <c>/api</c> group: downloads and views take the same
/// names (area, level, indicator, year, …), an unknown choice is refused with a 400 problem document naming the parameter
/// and the values it allows, and the OpenAPI document lists the same descriptions and allowed values.
/// </summary>
internal static class ApiParameters
{
    private static readonly string[] Levels = ["gemeente", "wijk", "buurt", "municipality", "district", "neighbourhood"];

    public static IReadOnlyList<ApiParameter> All { get; } =
    [
        new("area"),
        new("municipality", AliasOf: "area"),
        new("code"),
        new("view", ["map", "profile", "compass", "segregation", "stored"]),
        new("level", Levels),
        new("within", Levels),
        // The indicators and every other variable of the catalogue (decision 0023): any stored variable can be asked for.
        new("indicator", StoreCatalogue.IndicatorIds),
        new("indicators", StoreCatalogue.IndicatorIds, IsList: true),
        new("grouping", Grouping.All.Select(g => g.Id).ToList()),
        new("year", IsWhole: true),
        new("compareYear", IsWhole: true),
        new("replicates", IsWhole: true),
        new("format", TidyTableWriter.FormatNames),
        new("rounding", ["cbs", "none"]),
        new("allSources"),
        new("q"),
        new("taal", ["nl", "en"]),
    ];

    private static readonly Dictionary<string, ApiParameter> ByName = All.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public static ApiParameter? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Refuses a request whose query names a value a choice parameter does not allow, before the endpoint answers it.</summary>
    public static async ValueTask<object?> Check(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            if (Find(name) is not { } parameter)
            {
                continue;
            }

            foreach (var value in values)
            {
                // An empty value (within= on a page's link) means "not chosen": the default applies, as before.
                if (!string.IsNullOrWhiteSpace(value) && parameter.Unknown(value) is { } unknown)
                {
                    return Refuse(parameter, unknown);
                }
            }
        }

        return await next(context);
    }

    /// <summary>
    /// 400 with an RFC 9457 problem document: the parameter, the value refused and the values allowed (for a whole
    /// number, none are listed). Filters run before the handler's parameters are bound, so <c>year=abc</c> gets this
    /// document rather than the framework's empty 400.
    /// </summary>
    public static IResult Refuse(ApiParameter parameter, string value) =>
        TypedResults.Problem(
            detail: parameter.IsWhole
                ? string.Format(CultureInfo.CurrentCulture, Text.ApiNotWhole, value, parameter.Name)
                : string.Format(CultureInfo.CurrentCulture, Text.ApiUnknownValue, value, parameter.Name, string.Join(", ", parameter.Allowed ?? [])),
            statusCode: StatusCodes.Status400BadRequest,
            title: Text.ApiUnknownValueTitle,
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            extensions: new Dictionary<string, object?>
            {
                ["parameter"] = parameter.Name,
                ["value"] = value,
                ["allowed"] = parameter.Allowed,
            });
}
