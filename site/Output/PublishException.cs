namespace Publisher.Site.Output;

/// <summary>The output folder cannot be written; the message says why and what to do.</summary>
public sealed class PublishException : Exception
{
    public PublishException(string message)
        : base(message)
    {
    }
}
