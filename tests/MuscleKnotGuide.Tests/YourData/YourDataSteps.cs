using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.YourData;

/// <summary>Uploads export files through the real "Your data" form.</summary>
public static class YourDataSteps
{
    /// <summary>Submits the import form of /account/data with a file, as a browser's multipart upload, antiforgery token included.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string json, string fileName = "diary.json") =>
        await client.ImportAsync(Encoding.UTF8.GetBytes(json), fileName);

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, byte[] file, string fileName = "diary.json")
    {
        var page = await client.GetPageAsync("/account/data");
        var form = page.QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']")
            ?? throw new InvalidOperationException("The data page has no upload form.");
        var input = form.QuerySelector<IHtmlInputElement>("input[type=file]")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(fileContent, input.Name!, fileName);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}
