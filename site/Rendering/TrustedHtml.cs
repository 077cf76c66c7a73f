namespace Publisher.Site.Rendering;

/// <summary>
/// HTML that Publisher built itself and escaped where needed. The only thing a template writes unescaped:
/// every other value is HTML-encoded on output.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static readonly TrustedHtml Empty = new(string.Empty);

    public override string ToString() => Html;
}
