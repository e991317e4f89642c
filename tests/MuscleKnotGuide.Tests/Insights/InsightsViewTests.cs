using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class InsightsViewTests
{
    private static GuideLibrary Library { get; } = GuideLibrary.Load(TempContent.RepoFolder);

    [Theory]
    [InlineData(null, null, 30, "default")]
    [InlineData("90", "stretching", 90, "stretching")]
    [InlineData("365", "none", 365, "none")]
    [InlineData("7", "overview", 30, "default")] // not a range; a guide that is not a method
    [InlineData("abc", "<script>", 30, "default")]
    [InlineData("+90", "", 30, "default")]
    public void A_link_is_reduced_to_the_range_and_method_that_change_the_page(string? range, string? method, int expectedRange, string expectedMethod)
    {
        InsightsView.From(range, method, Library).Should().Be(new InsightsView(expectedRange, expectedMethod));
    }
}
