using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Site.Rendering;

/// <summary>Resolves <c>{{ include 'name' }}</c> to <c>templates/partials/name.html</c>.</summary>
internal sealed class PartialLoader(string directory) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Path.Combine(directory, "partials", templateName + ".html");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
