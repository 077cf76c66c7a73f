using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Site.Rendering;

/// <summary>
/// Scriban's <c>include</c>, whose result is marked trusted: a partial is a template, already escaped expression by
/// expression while it rendered, so its output must not be escaped a second time (which printed the partial's markup
/// as text on the page).
/// </summary>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    /// <summary>Replaces the context's <c>include</c> with the trusted one.</summary>
    public static void Install(TemplateContext context)
    {
        if (context.BuiltinObject["include"] is IScriptCustomFunction include and not TrustedInclude)
        {
            context.BuiltinObject.SetValue("include", new TrustedInclude(include), readOnly: true);
        }
    }

    private static object? Trust(object? result) => result is string html ? new TrustedHtml(html) : result;
}
