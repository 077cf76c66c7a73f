using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Publisher.Generator.Emit;

/// <summary>
/// A small JSON writer: the generator runs inside the compiler and must not bring System.Text.Json along.
/// Escapes control characters and surrogates, so the output is always valid UTF-8 and JSON.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _builder = new();
    private readonly Stack<bool> _hasItems = new();
    private bool _afterName;

    public void StartObject() => Open('{');

    public void EndObject() => Close('}');

    public void StartArray() => Open('[');

    public void EndArray() => Close(']');

    public void Name(string name)
    {
        BeforeItem();
        String(name);
        _builder.Append(':');
        _afterName = true;
    }

    public void Value(string? value)
    {
        BeforeItem();
        if (value is null)
        {
            _builder.Append("null");
        }
        else
        {
            String(value);
        }
    }

    public void Value(int value)
    {
        BeforeItem();
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Value(int? value)
    {
        if (value is { } v)
        {
            Value(v);
        }
        else
        {
            Value((string?)null);
        }
    }

    public void Property(string name, string? value)
    {
        if (value is not null)
        {
            Name(name);
            Value(value);
        }
    }

    public void Property(string name, int value)
    {
        Name(name);
        Value(value);
    }

    public void Strings(string name, IEnumerable<string> values)
    {
        Name(name);
        StartArray();
        foreach (var value in values)
        {
            Value(value);
        }

        EndArray();
    }

    public override string ToString() => _builder.ToString();

    private void Open(char bracket)
    {
        BeforeItem();
        _builder.Append(bracket);
        _hasItems.Push(false);
    }

    private void Close(char bracket)
    {
        _hasItems.Pop();
        _builder.Append(bracket);
    }

    /// <summary>Writes the comma between items of a container; a value right after its name needs none.</summary>
    private void BeforeItem()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_hasItems.Count == 0)
        {
            return;
        }

        if (_hasItems.Pop())
        {
            _builder.Append(',');
        }

        _hasItems.Push(true);
    }

    private void String(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    _builder.Append("\\\"");
                    break;
                case '\\':
                    _builder.Append("\\\\");
                    break;
                case '\n':
                    _builder.Append("\\n");
                    break;
                case '\r':
                    _builder.Append("\\r");
                    break;
                case '\t':
                    _builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                    {
                        _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _builder.Append(c);
                    }

                    break;
            }
        }

        _builder.Append('"');
    }
}
