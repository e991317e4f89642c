using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>A diary save reached the database but the disk did not confirm it, so it may be lost (<see cref="DiaryFlushException"/>).</summary>
    public bool SaveUnconfirmed { get; private set; }

    public void OnGet() => Read();

    public void OnPost() => Read();

    private void Read() =>
        SaveUnconfirmed = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is DiaryFlushException;
}
