namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// The one rule for invisible control characters in what people send: NUL and every other C0 or C1 control
/// character is removed; tab, line feed and carriage return (a note's line breaks) stay. Nobody types the others,
/// and a NUL or a terminal escape in a note would travel into exports, printouts and other programs.
/// </summary>
public static class ControlCharacters
{
    public static bool Any(string text) => text.Any(IsRemoved);

    public static string Strip(string text) => Any(text) ? string.Concat(text.Where(c => !IsRemoved(c))) : text;

    private static bool IsRemoved(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
}
