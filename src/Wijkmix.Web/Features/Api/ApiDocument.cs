using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Api;

/// <summary>
/// The OpenAPI document as a product: title, licence and tag described; the security the installation may ask for (none,
/// or the sign-in cookie when reading is closed); on every operation an operation id, the parameters of the one vocabulary
/// with their descriptions and allowed values, and the 400, 401 and 404 answers as RFC 9457 problem documents.
/// </summary>
internal static class ApiDocument
{
    private const string Problem = "ProblemDetails";
    private const string Cookie = "signInCookie";

    public static void Describe(OpenApiOptions options) => options.AddDocumentTransformer((doc, _, _) =>
    {
        Describe(doc);
        return Task.CompletedTask;
    });

    private static void Describe(OpenApiDocument doc)
    {
        doc.Info.Title = Text.ApiTitle;
        doc.Info.Description = Text.ApiDescription;
        doc.Info.License = new OpenApiLicense { Name = "CC BY 4.0", Url = new Uri("https://creativecommons.org/licenses/by/4.0/") };
        foreach (var server in doc.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        doc.Tags = new HashSet<OpenApiTag> { new() { Name = "Wijkmix", Description = Text.ApiTagDescription } };
        doc.Components ??= new OpenApiComponents();
        doc.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        doc.Components.Schemas[Problem] = ProblemSchema();
        doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        doc.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "wijkmix.id",
            Description = Text.ApiSecurityDescription,
        };
        // Reading is open unless the administrator closes it: no credentials, or the sign-in cookie.
        doc.Security = [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, doc)] = [] }];

        foreach (var (path, item) in doc.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                Describe(doc, path, method, operation);
            }
        }
    }

    private static void Describe(OpenApiDocument doc, string path, HttpMethod method, OpenApiOperation operation)
    {
        operation.OperationId ??= OperationId(path, method);
        operation.Parameters ??= [];
        if (!operation.Parameters.Any(p => string.Equals(p.Name, "taal", StringComparison.OrdinalIgnoreCase)))
        {
            operation.Parameters.Add(new OpenApiParameter { Name = "taal", In = ParameterLocation.Query, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
        }

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            parameter.Name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
            if (ApiParameters.Find(parameter.Name) is not { } known)
            {
                continue;
            }

            parameter.Description = known.Description;
            parameter.Deprecated = known.AliasOf is not null;
            if (known.Allowed is { } allowed && parameter.Schema is OpenApiSchema schema)
            {
                var values = allowed.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
                if (known.IsList)
                {
                    // A comma-separated list, as the query string carries it; the values it may hold are listed in the pattern's terms.
                    schema.Description = string.Format(CultureInfo.CurrentCulture, Text.ApiListOf, string.Join(", ", allowed));
                }
                else
                {
                    schema.Enum = values;
                }
            }
        }

        operation.Responses ??= [];
        operation.Responses["400"] = ProblemResponse(doc, Text.ApiResponse400);
        operation.Responses["401"] = ProblemResponse(doc, Text.ApiResponse401);
        if (operation.Parameters.Any(p => p.Name is "code" or "area" or "view"))
        {
            operation.Responses["404"] = ProblemResponse(doc, Text.ApiResponse404);
        }
    }

    /// <summary>"getSegregationGeojson" for GET /api/segregation/{code}/geojson: the method and the path's fixed segments.</summary>
    internal static string OperationId(string path, HttpMethod method) =>
        method.Method.ToLowerInvariant() + string.Concat(path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s != "api" && !s.StartsWith('{'))
            .Select(s => char.ToUpperInvariant(s[0]) + s[1..]));

    private static OpenApiResponse ProblemResponse(OpenApiDocument doc, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Problem, doc) },
        },
    };

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = Text.ApiProblemDescription,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["parameter"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["value"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["allowed"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        },
    };
}
