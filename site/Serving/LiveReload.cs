using System.Globalization;

namespace Publisher.Site.Serving;

/// <summary>
/// The script the preview server (and only it) adds to every HTML page it serves: it polls the build status, reloads
/// the page when a newer build is published, and lays the diagnostics of a failed build over the page.
/// </summary>
public static class LiveReload
{
    public const string StatusPath = "/__publisher/status";

    public const string ScriptPath = "/__publisher/live-reload.js";

    public const string Script = """
        (() => {
          const script = document.currentScript;
          const built = Number(new URL(script.src).searchParams.get("build"));
          let overlay = null;
          function show(errors) {
            if (errors.length === 0) {
              if (overlay) { overlay.remove(); overlay = null; }
              return;
            }
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
                "margin:0;padding:1em;background:#2b0000;color:#ffd7d7;font:14px/1.4 monospace;white-space:pre-wrap;border-top:4px solid #e00";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "The last build failed; this page shows the last good build.\n\n" + errors.join("\n");
          }
          async function poll() {
            try {
              const response = await fetch("/__publisher/status", { cache: "no-store" });
              const status = await response.json();
              if (status.version !== built && status.errors.length === 0 && !status.building) {
                location.reload();
                return;
              }
              show(status.errors);
            } catch {
              // The server is restarting or gone: keep polling quietly.
            }
            setTimeout(poll, 700);
          }
          poll();
        })();
        """;

    /// <summary>Adds the script before <c>&lt;/body&gt;</c> (or at the end), tagged with the build it was served from.</summary>
    public static string Inject(string html, int version)
    {
        var tag = string.Create(CultureInfo.InvariantCulture, $"<script src=\"{ScriptPath}?build={version}\"></script>\n");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html.Insert(end, tag);
    }
}
