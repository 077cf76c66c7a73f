using System.Diagnostics;
using System.Globalization;

namespace Publisher.Site.Building;

/// <summary>
/// A heartbeat for long steps: every few seconds, says which step is still running and for how long, so a large
/// edition's build never looks stuck. Short steps (most) print nothing.
/// </summary>
public sealed class StepProgress : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly string _step;

    private StepProgress(string step)
    {
        _step = step;
        _timer = new Timer(_ => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {_step}… {_clock.Elapsed.TotalSeconds:0} s")), null, Interval, Interval);
    }

    public static StepProgress Start(string step) => new(step);

    public void Dispose() => _timer.Dispose();
}
