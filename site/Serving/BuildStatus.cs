namespace Publisher.Site.Serving;

/// <summary>
/// What the open browser pages poll: the number of the last good build (a change reloads the page) and the
/// diagnostics of the last build, shown as an overlay while they stand.
/// </summary>
public sealed class BuildStatus
{
    private readonly Lock _lock = new();
    private int _version;
    private IReadOnlyList<string> _errors = [];
    private bool _building;

    public int Version
    {
        get
        {
            lock (_lock)
            {
                return _version;
            }
        }
    }

    public void Started()
    {
        lock (_lock)
        {
            _building = true;
        }
    }

    public void Succeeded()
    {
        lock (_lock)
        {
            _version++;
            _errors = [];
            _building = false;
        }
    }

    public void Failed(IReadOnlyList<string> errors)
    {
        lock (_lock)
        {
            _errors = errors;
            _building = false;
        }
    }

    /// <summary>The status as JSON: <c>{"version":3,"building":false,"errors":["…"]}</c>.</summary>
    public string ToJson()
    {
        lock (_lock)
        {
            return System.Text.Json.JsonSerializer.Serialize(new StatusMessage(_version, _building, _errors), StatusJsonContext.Default.StatusMessage);
        }
    }
}
