using System.Text;
using System.Xml;

namespace Publisher.Site.Building;

/// <summary>Writes the site's XML files (sitemap, feed) the same way every time: UTF-8 without a BOM, indented, LF.</summary>
public static class SiteXml
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>A page's URL for files read outside the site: absolute when the base URL is, else root-relative.</summary>
    public static string Url(SiteContext context, string relative) => (context.Options.AbsoluteBaseUrl ?? context.Options.BasePath) + relative;
}
