using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Our own drawing of a back seen from behind, as SVG markup for a page: the person's left is on the picture's left,
/// so "left" always means their left. Hidden from assistive technology: the checkboxes, list or table next to it
/// carry the same facts. Written from text made once, not by a partial view: finding the partial and building its view
/// data was about a tenth of the check-in list's CPU when it drew one per entry (it now uses <see cref="BodyMapSymbols"/>).
/// The markup ends with a line break, as the partial view it replaced did.
/// </summary>
public sealed class BodyMapSvg(BodyMapPicture picture) : IHtmlContent
{
    private const string Outline = """
        " viewBox="0 0 200 440" aria-hidden="true" focusable="false"
             xmlns="http://www.w3.org/2000/svg" data-body-map="
        """;

    /// <summary>The back's outline, shared with <see cref="BodyMapSymbols"/>.</summary>
    internal const string OutlineGroup = """
        <g class="body-outline" fill="#eef2f3" stroke="#6b7a82" stroke-width="2">
            <circle cx="100" cy="27" r="20"></circle>
            <rect x="24" y="92" width="24" height="124" rx="12"></rect>
            <rect x="152" y="92" width="24" height="124" rx="12"></rect>
        </g>
        """;

    /// <summary>The spine and the side labels drawn over the regions, shared with <see cref="BodyMapSymbols"/>.</summary>
    internal const string Lines = """
        <line class="body-spine" x1="100" y1="70" x2="100" y2="226" stroke="#9aa7ad" stroke-width="2" stroke-dasharray="5 4"></line>
          <text class="body-side" x="6" y="20" font-size="15" fill="#1f2a30">Left</text>
          <text class="body-side" x="194" y="20" font-size="15" text-anchor="end" fill="#1f2a30">Right</text>
        """;

    /// <summary>Each region's rectangle after its class attribute's value, in map order.</summary>
    private static readonly string[] RegionRects = BodyMap.Regions.Select(RegionRect).ToArray();

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write("<svg class=\"body-map body-map-");
        encoder.Encode(writer, picture.Size);
        writer.Write(Outline);
        writer.Write(picture.Tappable ? "tappable" : "");
        writer.Write("\">\n  ");
        writer.Write(OutlineGroup);
        writer.Write("\n\n");
        for (var i = 0; i < RegionRects.Length; i++)
        {
            writer.Write("    <rect class=\"");
            encoder.Encode(writer, picture.ClassOf(BodyMap.Regions[i]));
            writer.Write(RegionRects[i]);
        }

        writer.Write("  ");
        writer.Write(Lines);
        writer.Write("\n</svg>\n");
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
