using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MuscleKnotGuide.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    // Status pages are re-executed for POSTs too (a 400 from a form, a 413 for a large body, a 429).
    // No handler parameter: binding one would read the form, which is exactly what a 413 must not do.
    public void OnPost() => Code = int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 500;
}
