namespace MuscleKnotGuide.Web.Data;

/// <summary>The database file cannot be opened or migrated; the message names the file.</summary>
public sealed class DatabaseStartupException : Exception
{
    public DatabaseStartupException(string message) : base(message)
    {
    }

    public DatabaseStartupException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DatabaseStartupException()
    {
    }
}
