namespace Publisher.Site.Rendering;

/// <summary>A template that does not parse or render; the message names the template file and line.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
