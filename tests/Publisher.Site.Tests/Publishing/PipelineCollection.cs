namespace Publisher.Site.Tests.Publishing;

/// <summary>The tests that run the real pipeline (Cake, compiles, the preview server) run one at a time: each compiles the site.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PipelineCollection
{
    public const string Name = "Pipeline";
}
