using MuscleKnotGuide.BrowserTests.Infrastructure;

// One app process and one Chromium for the whole run; each test opens its own context and page.
[assembly: AssemblyFixture(typeof(BrowserApp))]
