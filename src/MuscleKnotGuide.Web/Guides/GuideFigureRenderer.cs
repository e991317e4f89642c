using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MuscleKnotGuide.Web.Guides;

/// <summary>Renders a paragraph that is only a picture as &lt;figure&gt; with &lt;img alt&gt; and &lt;figcaption&gt;; any other paragraph as usual.</summary>
public sealed class GuideFigureRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (obj.Inline?.FirstChild is not LinkInline { IsImage: true } image || image.NextSibling is not null)
        {
            base.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<figure class=\"guide-figure\"><img src=\"");
        renderer.WriteEscapeUrl(image.Url);
        renderer.Write("\" alt=\"");
        renderer.WriteEscape(GuideFigures.AltText(image));
        renderer.Write("\" loading=\"lazy\">");
        if (!string.IsNullOrWhiteSpace(image.Title))
        {
            renderer.Write("<figcaption>");
            renderer.WriteEscape(image.Title.Trim());
            renderer.Write("</figcaption>");
        }

        renderer.WriteLine("</figure>");
    }
}
