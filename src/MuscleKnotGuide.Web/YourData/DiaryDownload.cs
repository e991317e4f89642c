using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>
/// diary.json as an attachment, serialised straight into the response. A ten-year diary is about 2.5 MB of JSON: as
/// one byte array (and the copies made while it grew) it went to the large object heap on every download, which is
/// only collected with the whole heap (README, Benchmark: fifteenth round).
/// </summary>
public sealed class DiaryDownload(DiaryExport export, string fileName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "application/json";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await export.WriteUtf8JsonAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
