using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MuscleKnotGuide.Web.Pages.Account;

public sealed class DeletedModel : PageModel
{
    public void OnGet()
    {
    }
}
