using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Publisher.Site.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every <c>{{ expr }}</c> unless the value is <see cref="TrustedHtml"/>.
/// Scriban itself escapes nothing, so without this a seed could inject markup.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        MemberRenamer = member => member.Name;
        StrictVariables = true;
        LoopLimit = int.MaxValue;
        LimitToString = 0;
        EnableRelaxedMemberAccess = false;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            TrustedHtml trusted => base.Write(span, trusted.Html),
            null => this,
            _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
        };
}
