using Scriban;
using Scriban.Runtime;

namespace Publisher.Site.Rendering;

/// <summary>The page templates, each parsed once; a page is rendered into its template, then into the layout.</summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, Template> _partials;

    // One context per thread, reused page after page: a new Scriban context builds its built-in functions and
    // member accessors again, which at 20,000 pages cost more than rendering them.
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;

    private TemplateSet(string directory, Dictionary<string, Template> templates, Dictionary<string, Template> partials)
    {
        Directory = directory;
        _templates = templates;
        _partials = partials;
        _contexts = new ThreadLocal<HtmlTemplateContext>(NewContext);
    }

    public string Directory { get; }

    /// <summary>
    /// Parses every <c>*.html</c> template of the folder and of its <c>partials/</c> folder, once; a template with
    /// errors is reported with its file and line.
    /// </summary>
    public static TemplateSet Load(string directory)
    {
        var errors = new List<string>();
        var templates = ParseAll(directory, errors, path => Path.GetFileNameWithoutExtension(path));
        var partialsDirectory = Path.Combine(directory, "partials");
        var partials = System.IO.Directory.Exists(partialsDirectory)
            ? ParseAll(partialsDirectory, errors, path => path)
            : new Dictionary<string, Template>(StringComparer.Ordinal);
        if (errors.Count > 0)
        {
            throw new TemplateException(string.Join(Environment.NewLine, errors));
        }

        return new TemplateSet(directory, templates, partials);
    }

    private static Dictionary<string, Template> ParseAll(string directory, List<string> errors, Func<string, string> key)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.GetFiles(directory, "*.html").Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(path), path);
            if (template.HasErrors)
            {
                errors.AddRange(template.Messages.Select(m => m.ToString()));
            }

            templates[key(path)] = template;
        }

        return templates;
    }

    /// <summary>Renders <paramref name="name"/> with <paramref name="model"/> as <c>Page</c> and <paramref name="site"/> as <c>Site</c>.</summary>
    public string Render(string name, object model, object site, TrustedHtml? content = null)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new TemplateException($"{Directory}/{name}.html: template not found");
        }

        var globals = new ScriptObject
        {
            ["Page"] = model,
            ["Site"] = site,
            ["Content"] = content ?? TrustedHtml.Empty,
        };
        var context = _contexts.Value!;
        context.PushGlobal(globals);
        var rendered = false;
        try
        {
            var html = template.Render(context);
            rendered = true;
            return html;
        }
        catch (Scriban.Syntax.ScriptRuntimeException exception)
        {
            throw new TemplateException(exception.Message, exception);
        }
        finally
        {
            if (rendered)
            {
                context.PopGlobal();
            }
            else
            {
                // A failed render may leave the context half-way: this thread starts again with a fresh one.
                _contexts.Value = NewContext();
            }
        }
    }

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext { TemplateLoader = new PartialLoader(Directory) };
        TrustedInclude.Install(context);
        foreach (var (path, partial) in _partials)
        {
            context.CachedTemplates[path] = partial;
        }

        return context;
    }
}
