using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>Pages as a browser sees them: parsed with AngleSharp, forms submitted with their own hidden fields.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    /// <summary>GETs a page, expects 200, and parses it.</summary>
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} should show the page");
        return await ParseAsync(response);
    }

    /// <summary>
    /// Submits a form of a page the way a browser would: every field keeps its current value
    /// (checked boxes only) unless <paramref name="values"/> replaces it; a key with several values repeats.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        IDocument page,
        string formSelector,
        IEnumerable<KeyValuePair<string, string>> values)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}");
        var overrides = values.ToList();
        var replaced = overrides.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements.OfType<IElement>())
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || replaced.Contains(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "button" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
            }
        }

        fields.AddRange(overrides);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? new Uri(page.Url).PathAndQuery : action;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(target, UriKind.RelativeOrAbsolute), content);
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IDocument page, string formSelector, params (string Key, string Value)[] values) =>
        client.SubmitAsync(page, formSelector, values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";
}
