namespace Publisher.Site.Validation;

/// <summary>What one parsed page offers (its ids) and asks for (its links), plus problems found in it alone.</summary>
internal sealed record PageLinks(string Path, HashSet<string> Ids, List<(string Element, string Url)> Links, List<LinkProblem> Problems);
