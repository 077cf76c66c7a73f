namespace Publisher.Bench.Running;

/// <summary>What the benchmark is asked for, and where it works (everything under <see cref="Work"/>).</summary>
internal sealed record BenchSettings(int Documents, int Subset, string Repository, string Work, string Report, string Configuration)
{
    public string SiteProject => Path.Combine(Repository, "site", "Publisher.Site.csproj");

    public string Pagefind => Path.Combine(Repository, "node_modules", ".bin", "pagefind");

    public string Folder(int documents, string name) => Path.Combine(Work, $"docs-{documents}", name);
}
