using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>Check-ins the way a person makes them: through the real form (stored rows: <see cref="TestDiary"/>).</summary>
public static class CheckInSteps
{
    public const string Form = "form.checkin-form";

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Opens the new check-in form (for <paramref name="day"/> when given) and submits it with the values given.</summary>
    public static async Task<HttpResponseMessage> LogAsync(this HttpClient client, DateOnly? day, params (string Key, string Value)[] values)
    {
        var page = await client.GetPageAsync(day is null ? "/checkins/new" : $"/checkins/new?day={Iso(day.Value)}");
        return await client.SubmitAsync(page, Form, values);
    }

    /// <summary>Logs a check-in that must succeed, and returns the page it redirects to.</summary>
    public static async Task<IDocument> LogAndFollowAsync(this HttpClient client, DateOnly? day, params (string Key, string Value)[] values)
    {
        var response = await client.LogAsync(day, values);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "a valid check-in is saved and redirects");
        return await client.FollowAsync(response);
    }

    public static async Task<IDocument> FollowAsync(this HttpClient client, HttpResponseMessage redirect)
    {
        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return await client.GetPageAsync(redirect.Headers.Location!.OriginalString);
    }

    /// <summary>Posts fields to any address with a valid antiforgery token taken from one of the person's own pages.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, params (string Key, string Value)[] values)
    {
        var page = await client.GetPageAsync("/checkins/new");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value))
            .Append(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The message shown next to a field, by the id of its error element.</summary>
    public static string ErrorFor(this IDocument page, string fieldId) => page.QuerySelector($"#{fieldId}-error").Text();

    public static DateOnly Today(this AppFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
}
