using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// The check-in list's body maps drawn once per page: a hidden SVG holds the unmarked back and the spine with its
/// side labels as symbols, and each entry's small picture (<see cref="Entry"/>) is two uses of them with only that
/// entry's marked regions between. Thirty full drawings were two thirds of the page's bytes and most of its writing.
/// The look is <see cref="BodyMapSvg"/>'s: same shapes, same classes, so the same CSS colours both in light, dark
/// and print. Hidden from assistive technology like the full map: each entry says where it hurt in words.
/// </summary>
public static class BodyMapSymbols
{
    private const string BackId = "body-map-back";
    private const string LinesId = "body-map-lines";

    /// <summary>Once per page, before the first <see cref="Entry"/>.</summary>
    public static IHtmlContent Definitions { get; } = new HtmlString(string.Concat(
        $"""<svg class="body-map-symbols" width="0" height="0" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">""",
        $"""<symbol id="{BackId}" viewBox="0 0 200 440">""",
        BodyMapSvg.OutlineGroup,
        string.Concat(BodyMap.Regions.Select(r => Rect(r, "region", withTitle: false))),
        $"""</symbol><symbol id="{LinesId}" viewBox="0 0 200 440">""",
        BodyMapSvg.Lines,
        "</symbol></svg>\n"));

    private static readonly string[] MarkedRects = BodyMap.Regions.Select(r => Rect(r, "region is-marked", withTitle: true)).ToArray();

    /// <summary>An entry's picture: the shared back, its marked regions, then the shared spine and labels on top.</summary>
    public static IHtmlContent Entry(BackAreas areas) => new EntryPicture(areas);

    private static string Rect(BodyRegion region, string classes, bool withTitle)
    {
        var html = HtmlEncoder.Default;
        var title = withTitle ? $"<title>{html.Encode(region.Label)}</title>" : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""<rect class="{classes}" data-area="{html.Encode(region.Name)}" x="{region.X}" y="{region.Y}" width="{region.Width}" height="{region.Height}" rx="7" fill="#ffffff" stroke="#6b7a82" stroke-width="2">{title}</rect>""");
    }

    private sealed class EntryPicture(BackAreas areas) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write($"""<svg class="body-map body-map-small" viewBox="0 0 200 440" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" data-body-map=""><use href="#{BackId}"></use>""");
            for (var i = 0; i < MarkedRects.Length; i++)
            {
                if ((areas & BodyMap.Regions[i].Area) != 0)
                {
                    writer.Write(MarkedRects[i]);
                }
            }

            writer.Write($"""<use href="#{LinesId}"></use></svg>""");
        }
    }
}
