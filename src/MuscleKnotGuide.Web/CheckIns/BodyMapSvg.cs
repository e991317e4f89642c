using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Our own drawing of a back seen from behind, as SVG markup for a page: the person's left is on the picture's left,
/// so "left" always means their left. Hidden from assistive technology: the checkboxes, list or table next to it
/// carry the same facts. Written from text made once, not by a partial view: the check-in list draws it for every
/// entry, and finding the partial and building its view data each time was about a tenth of that page's CPU.
/// The markup ends with a line break, as the partial view it replaced did.
/// </summary>
public sealed class BodyMapSvg(BodyMapPicture picture) : IHtmlContent
{
    private const string Outline = """
        " viewBox="0 0 200 440" aria-hidden="true" focusable="false"
             xmlns="http://www.w3.org/2000/svg" data-body-map="
        """;

    private const string Body = """
        ">
          <g class="body-outline" fill="#eef2f3" stroke="#6b7a82" stroke-width="2">
            <circle cx="100" cy="27" r="20"></circle>
            <rect x="24" y="92" width="24" height="124" rx="12"></rect>
            <rect x="152" y="92" width="24" height="124" rx="12"></rect>
          </g>

        """;

    private const string End = """
          <line class="body-spine" x1="100" y1="70" x2="100" y2="226" stroke="#9aa7ad" stroke-width="2" stroke-dasharray="5 4"></line>
          <text class="body-side" x="6" y="20" font-size="15" fill="#1f2a30">Left</text>
          <text class="body-side" x="194" y="20" font-size="15" text-anchor="end" fill="#1f2a30">Right</text>
        </svg>

        """;

    /// <summary>Each region's rectangle after its class attribute's value, in map order.</summary>
    private static readonly string[] RegionRects = BodyMap.Regions.Select(RegionRect).ToArray();

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write("<svg class=\"body-map body-map-");
        encoder.Encode(writer, picture.Size);
        writer.Write(Outline);
        writer.Write(picture.Tappable ? "tappable" : "");
        writer.Write(Body);
        for (var i = 0; i < RegionRects.Length; i++)
        {
            writer.Write("    <rect class=\"");
            encoder.Encode(writer, picture.ClassOf(BodyMap.Regions[i]));
            writer.Write(RegionRects[i]);
        }

        writer.Write(End);
    }

    private static string RegionRect(BodyRegion region)
    {
        var html = HtmlEncoder.Default;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
            " data-area="{html.Encode(region.Name)}" x="{region.X}" y="{region.Y}" width="{region.Width}" height="{region.Height}" rx="7"
                      fill="#ffffff" stroke="#6b7a82" stroke-width="2"><title>{html.Encode(region.Label)}</title></rect>

            """);
    }
}
