namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>An optional yes / no answer as the form and the CSV write it: "yes", "no" or empty for not answered.</summary>
public static class YesNo
{
    public const string Yes = "yes";

    public const string No = "no";

    public static string Text(bool? answer) => answer switch
    {
        true => Yes,
        false => No,
        null => "",
    };

    /// <summary>Empty or blank is "not answered" (null); anything but yes / no is refused.</summary>
    public static bool TryParse(string? text, out bool? answer)
    {
        answer = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        if (string.Equals(trimmed, Yes, StringComparison.OrdinalIgnoreCase))
        {
            answer = true;
            return true;
        }

        if (string.Equals(trimmed, No, StringComparison.OrdinalIgnoreCase))
        {
            answer = false;
            return true;
        }

        return false;
    }
}
