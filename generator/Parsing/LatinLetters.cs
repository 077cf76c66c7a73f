using System.Collections.Generic;

namespace Publisher.Generator.Parsing;

/// <summary>
/// An explicit transliteration of Latin letters with diacritics (and ligatures such as ß, æ, œ) to lower-case ASCII.
/// string.Normalize(FormD) is not used on purpose: under InvariantGlobalization it does not decompose, so ids would
/// differ between the machine that compiles and the one that tests. A fixed table gives the same id everywhere.
/// </summary>
internal static class LatinLetters
{
    private static readonly Dictionary<char, string> Table = Build();

    /// <summary>The ASCII spelling of <paramref name="c"/>, or null when it is not a Latin letter this table knows.</summary>
    public static string? Ascii(char c)
    {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        {
            return c.ToString();
        }

        if (c >= 'A' && c <= 'Z')
        {
            return ((char)(c - 'A' + 'a')).ToString();
        }

        return Table.TryGetValue(c, out var ascii) ? ascii : null;
    }

    private static Dictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>();
        Add(table, "a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ");
        Add(table, "ae", "ÆæǼǽ");
        Add(table, "c", "ÇçĆćĈĉĊċČč");
        Add(table, "d", "ÐðĎďĐđ");
        Add(table, "e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȨȩẸẹẺẻẼẽẾếỀềỂểỄễỆệ");
        Add(table, "g", "ĜĝĞğĠġĢģǦǧ");
        Add(table, "h", "ĤĥĦħ");
        Add(table, "i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐỈỉỊị");
        Add(table, "ij", "Ĳĳ");
        Add(table, "j", "Ĵĵ");
        Add(table, "k", "ĶķĸǨǩ");
        Add(table, "l", "ĹĺĻļĽľĿŀŁł");
        Add(table, "n", "ÑñŃńŅņŇňŉŊŋ");
        Add(table, "o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐőƠơǑǒỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ");
        Add(table, "oe", "Œœ");
        Add(table, "r", "ŔŕŖŗŘř");
        Add(table, "s", "ŚśŜŝŞşŠšſȘș");
        Add(table, "ss", "ß");
        Add(table, "t", "ŢţŤťŦŧȚț");
        Add(table, "th", "Þþ");
        Add(table, "u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜỤụỦủỨứỪừỬửỮữỰự");
        Add(table, "w", "Ŵŵ");
        Add(table, "y", "ÝýÿŶŷŸỲỳỴỵỶỷỸỹ");
        Add(table, "z", "ŹźŻżŽž");
        return table;
    }

    private static void Add(Dictionary<char, string> table, string ascii, string letters)
    {
        foreach (var letter in letters)
        {
            table.Add(letter, ascii);
        }
    }
}
