using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class StartupTests
{
    [Fact]
    public async Task The_app_refuses_to_start_on_invalid_content_with_one_clear_line()
    {
        using var content = new TempContent();
        content.Delete("stretching.md");
        var database = Path.Combine(content.Folder, "app.db");

        await using var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["Content__Path"] = content.Folder,
            ["ConnectionStrings__Default"] = $"Data Source={database}",
        });
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));

        exitCode.Should().Be(1);
        app.Output.Should().Contain("MuscleKnotGuide cannot start: The content folder must hold exactly 5 methods (order 1 to 5); found 4");
        app.Output.Should().NotContain("   at ", "a person starting the app gets a message, not a stack trace");
    }
}
