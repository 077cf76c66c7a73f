namespace Publisher.Site.Validation;

/// <summary>A broken link or id: the page, the element as written, and what is wrong with its target.</summary>
public sealed record LinkProblem(string Page, string Element, string Message)
{
    public override string ToString() => $"{Page}: {Element}: {Message}";
}
