using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Reports;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>What the person sends, and what comes back: a status and, where a page is shown, the element holding the message.</summary>
/// <param name="Where">A CSS selector of the element whose text is the message; null for a bare 4xx.</param>
/// <param name="Message">The exact text, or its start when it ends with "…".</param>
internal sealed record BadInputCase(Func<BadInputPerson, Task<HttpResponseMessage>> Send, HttpStatusCode Status, string? Where = null, string? Message = null)
{
    public static BadInputCase NewCheckIn(string where, string message, params (string Key, string Value)[] values) =>
        new(p => p.Client.LogAsync(null, WithPain(values)), HttpStatusCode.OK, where, message);

    public static BadInputCase NewCheckIn(HttpStatusCode status, params (string Key, string Value)[] values) =>
        new(p => p.Client.LogAsync(null, WithPain(values)), status);

    public static BadInputCase EditCheckIn(string where, string message, params (string Key, string Value)[] values) =>
        new(async p => await p.Client.SubmitAsync(await p.Client.GetPageAsync($"/checkins/{p.CheckInId}/edit"), Form, values), HttpStatusCode.OK, where, message);

    private static (string Key, string Value)[] WithPain((string Key, string Value)[] values) =>
        values.Any(v => v.Key == "Form.Pain") ? values : [("Form.Pain", "5"), .. values];

    /// <summary>The plan form with its first method (massage therapy) ticked, unless the case says otherwise.</summary>
    public static BadInputCase NewPlan(string where, string message, params (string Key, string Value)[] values) =>
        new(p => SubmitPlanAsync(p, values), HttpStatusCode.OK, where, message);

    public static BadInputCase NewPlan(HttpStatusCode status, params (string Key, string Value)[] values) => new(p => SubmitPlanAsync(p, values), status);

    private static async Task<HttpResponseMessage> SubmitPlanAsync(BadInputPerson p, (string Key, string Value)[] values)
    {
        var page = await p.Client.GetPageAsync("/plan");
        (string, string)[] ticked = values.Any(v => v.Key == "Form.Methods[0].Chosen") ? values : [("Form.Methods[0].Chosen", "true"), .. values];
        return await p.Client.SubmitAsync(page, BadInputCases.PlanForm, ticked);
    }

    public static BadInputCase Get(Func<BadInputPerson, string> url, HttpStatusCode status, string? where = null, string? message = null) =>
        new(p => p.Client.GetAsync(new Uri(url(p), UriKind.Relative)), status, where, message);

    public static BadInputCase Post(Func<BadInputPerson, string> url, HttpStatusCode status, params (string Key, string Value)[] values) =>
        new(p => p.Client.PostWithTokenAsync(url(p), values), status);

    public static BadInputCase PostWithoutToken(Func<BadInputPerson, string> url, params (string Key, string Value)[] values) =>
        new(async p =>
        {
            // The antiforgery cookie is there (a page was opened); only the form's token is missing, as in a forged post.
            await p.Client.GetPageAsync("/checkins/new");
            using var content = new FormUrlEncodedContent(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
            return await p.Client.PostAsync(new Uri(url(p), UriKind.Relative), content);
        }, HttpStatusCode.BadRequest);

    /// <summary>Any method, with a valid token in the form, as a tampered page or a script would send it.</summary>
    public static BadInputCase WithMethod(HttpMethod method, Func<BadInputPerson, string> url, HttpStatusCode status) =>
        new(async p =>
        {
            var token = await TokenAsync(p.Client);
            using var request = new HttpRequestMessage(method, new Uri(url(p), UriKind.Relative))
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Form.Pain", "9")]),
            };
            return await p.Client.SendAsync(request);
        }, status);

    public static BadInputCase Raw(Func<BadInputPerson, string> url, Func<string, HttpContent> body) =>
        new(async p =>
        {
            using var content = body(await TokenAsync(p.Client));
            return await p.Client.PostAsync(new Uri(url(p), UriKind.Relative), content);
        }, HttpStatusCode.BadRequest);

    public static ByteArrayContent Body(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        (await client.GetPageAsync("/checkins/new")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static BadInputCase Import(string json, string message) =>
        new(p => p.Client.ImportAsync(Encoding.UTF8.GetBytes(json)), HttpStatusCode.OK, "#Upload-error", message);

    public static string Export(int version = 1, string checkIns = "[]", string plans = "[]") =>
        $$"""{"format":"muscleknotguide-diary","version":{{version}},"exportedAt":"2026-11-20T12:00:00+00:00","checkIns":{{checkIns}},"plans":{{plans}}}""";

    public static BadInputCase Register(string where, string message, params (string Key, string Value)[] values) =>
        new(async p =>
        {
            var visitor = p.App.CreateBrowserClient();
            var page = await visitor.GetPageAsync("/account/register");
            (string, string)[] fields = [("Form.Email", $"new-{Guid.NewGuid():N}@example.test"), ("Form.Password", Accounts.Password), ("Form.ConfirmPassword", Accounts.Password), ("Form.TimeZone", "UTC")];
            return await visitor.SubmitAsync(page, "form.form", fields.Where(f => values.All(v => v.Key != f.Item1)).Concat(values).Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2)));
        }, HttpStatusCode.OK, where, message);

    public static BadInputCase Profile(string where, string message, params (string Key, string Value)[] values) =>
        new(async p => await p.Client.SubmitAsync(await p.Client.GetPageAsync("/account"), "#profile-form", values), HttpStatusCode.OK, where, message);
}
