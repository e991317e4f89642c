namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>Moving through a page with Tab, and seeing where the focus is, as a keyboard user does.</summary>
public static class Keyboard
{
    // Outline and box-shadow are the two ways this site (and most) draw a focus ring.
    private const string FocusStyle = """
        e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | '); }
        """;

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, or fails after <paramref name="maxTabs"/>.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxTabs = 30)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab did not reach {target} within {maxTabs} presses");
    }

    /// <summary>Presses Tab once and checks that <paramref name="next"/> is what took the focus.</summary>
    public static async Task TabExpectingAsync(this IPage page, ILocator next)
    {
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(next).ToBeFocusedAsync();
    }

    /// <summary>
    /// The focused element draws a visible indicator: an outline or a shadow that it does not have unfocused.
    /// Call it while <paramref name="focused"/> has keyboard focus; the focus is put back afterwards.
    /// </summary>
    public static Task ExpectVisibleFocusAsync(this ILocator focused) => focused.ExpectVisibleFocusAsync(focused);

    /// <summary>
    /// Like <see cref="ExpectVisibleFocusAsync(ILocator)"/> for a control that shows its focus on another element,
    /// such as a visually hidden radio whose label is the tile a person sees (<c>input:focus-visible + label</c>).
    /// </summary>
    public static async Task ExpectVisibleFocusAsync(this ILocator focused, ILocator ring)
    {
        await Assertions.Expect(focused).ToBeFocusedAsync();
        var withFocus = await ring.EvaluateAsync<string>(FocusStyle);
        var hasRing = await ring.EvaluateAsync<bool>("""
            e => { const s = getComputedStyle(e);
                   return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; }
            """);
        // A ring on a control nobody can see (opacity 0, no size) is no ring at all.
        var isSeen = await ring.EvaluateAsync<bool>("""
            e => { const r = e.getBoundingClientRect(); if (r.width < 1 || r.height < 1) return false;
                   for (let n = e; n; n = n.parentElement) { if (parseFloat(getComputedStyle(n).opacity) === 0) return false; }
                   return true; }
            """);

        await focused.EvaluateAsync("e => e.blur()");
        var withoutFocus = await ring.EvaluateAsync<string>(FocusStyle);
        await focused.FocusAsync();

        isSeen.Should().BeTrue($"{ring} draws the focus of {focused}, so it should be visible (not transparent, not zero-sized)");
        hasRing.Should().BeTrue($"{ring} should show an outline of at least 2px or a shadow when {focused} is focused (has: {withFocus})");
        withFocus.Should().NotBe(withoutFocus, $"{ring} should look different when {focused} has the focus");
    }
}
