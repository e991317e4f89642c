using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace MuscleKnotGuide.Web.Guides;

/// <summary>
/// Markdig extension: a paragraph that holds only a picture, ![alt](images/x.svg "caption"), renders as a figure
/// with the title as its caption. Pictures inside running text stay plain images.
/// </summary>
public sealed class GuideFigures : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<ParagraphRenderer>(new GuideFigureRenderer());
        }
    }

    /// <summary>The plain text between the square brackets of a picture.</summary>
    public static string AltText(LinkInline image) =>
        string.Concat(image.FindDescendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
