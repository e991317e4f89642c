using MuscleKnotGuide.BrowserTests.Infrastructure;
using Xunit.Sdk;

namespace MuscleKnotGuide.BrowserTests.Harness;

/// <summary>The shared checks catch what they are meant to catch: a check that cannot fail proves nothing.</summary>
public sealed class HarnessTests(BrowserApp app) : BrowserTest(app)
{
    protected override ViewportSize Viewport => Viewports.Phone;

    [Fact]
    public async Task The_axe_check_fails_on_a_form_field_without_a_label_and_names_the_rule()
    {
        await Page.OpenAsync("/account/login");
        await Page.EvalOnSelectorAsync("form", "f => f.insertAdjacentHTML('beforeend', '<input type=\"text\" id=\"unlabelled\">')");

        var check = () => Page.ExpectNoAxeViolationsAsync();

        (await check.Should().ThrowAsync<XunitException>()).Which.Message
            .Should().Contain("label (critical)").And.Contain("#unlabelled");
    }

    [Fact]
    public async Task The_sideways_scroll_check_fails_on_a_page_wider_than_a_phone_and_names_the_culprit()
    {
        await Page.OpenAsync("/");
        // Through the CSSOM: the site's CSP (rightly) ignores a style attribute in injected markup.
        await Page.EvalOnSelectorAsync("main", """
            m => { const d = document.createElement('div'); d.id = 'too-wide'; d.textContent = 'wide'; d.style.width = '600px'; m.append(d); }
            """);

        var check = () => Page.ExpectNoSidewaysScrollAsync();

        (await check.Should().ThrowAsync<XunitException>()).Which.Message.Should().Contain("div#too-wide");
    }

    [Fact]
    public async Task The_focus_check_fails_on_a_control_whose_focus_ring_is_removed()
    {
        await Page.OpenAsync("/account/login");
        // A constructed style sheet: the site's CSP (rightly) blocks an injected <style> element.
        await Page.EvaluateAsync("""
            () => { const sheet = new CSSStyleSheet();
                    sheet.replaceSync('#Form_Email:focus-visible { outline: none; box-shadow: none; }');
                    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }
            """);
        var email = Page.GetByLabel("Email");
        await Page.TabToAsync(email);

        var check = () => email.ExpectVisibleFocusAsync();

        await check.Should().ThrowAsync<XunitException>();
    }

    [Fact]
    public async Task The_focus_check_fails_on_a_transparent_control_whose_ring_is_drawn_elsewhere()
    {
        await Page.RegisterAsync();
        await Page.OpenAsync("/checkins/new");
        var zero = Page.PainChoice(0);
        await Page.TabToAsync(zero, maxTabs: 40);

        var onTheHiddenRadio = () => zero.ExpectVisibleFocusAsync();
        var onItsTile = () => zero.ExpectVisibleFocusAsync(Page.Locator("label[for=Form_Pain_0]"));

        (await onTheHiddenRadio.Should().ThrowAsync<XunitException>()).Which.Message.Should().Contain("should be visible");
        await onItsTile.Should().NotThrowAsync();
    }
}
