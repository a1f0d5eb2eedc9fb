using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Shared;

/// <summary>What a user sees when something fails: a plain message in their language, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class FoutModel : PageModel
{
    public string Title { get; private set; } = Text.ErrorTitle;

    public string Message { get; private set; } = Text.ErrorMessage;

    public void OnGet([FromRoute] int? code) => Describe(code);

    public void OnPost([FromRoute] int? code) => Describe(code);

    private void Describe(int? code)
    {
        // A request body above the upload limit fails while the form is read; say so instead of "something went wrong".
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            or InvalidDataException)
        {
            code = StatusCodes.Status413PayloadTooLarge;
        }

        if (code == StatusCodes.Status404NotFound)
        {
            Title = Text.NotFoundTitle;
            Message = Text.NotFoundMessage;
        }
        else if (code == StatusCodes.Status403Forbidden)
        {
            Title = Text.ForbiddenTitle;
            Message = Text.ForbiddenMessage;
        }
        else if (code == StatusCodes.Status413PayloadTooLarge)
        {
            Title = Text.TooLargeTitle;
            Message = Text.TooLargeMessage;
        }

        Response.StatusCode = code ?? StatusCodes.Status500InternalServerError;
    }
}
