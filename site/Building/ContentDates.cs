using System.Globalization;
using Publisher.Site.Model;

namespace Publisher.Site.Building;

/// <summary>
/// The dates the sitemap and the feed carry. They come from the documents, or from <c>SOURCE_DATE_EPOCH</c> when the
/// build sets it (reproducible-builds.org), never from the wall clock: the same seeds always give the same bytes.
/// </summary>
public sealed class ContentDates
{
    private readonly DateTimeOffset? _epoch;
    private readonly DateTimeOffset? _latestDocument;

    public ContentDates(IReadOnlyList<DocumentEntry> documents, string? sourceDateEpoch)
    {
        _epoch = long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
        _latestDocument = documents.Where(d => d.Date is not null).Select(d => (DateTimeOffset?)Midnight(d.Date!.Value)).Max();
    }

    /// <summary>The dates of this build's environment (<c>SOURCE_DATE_EPOCH</c> if set).</summary>
    public static ContentDates FromEnvironment(IReadOnlyList<DocumentEntry> documents) =>
        new(documents, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));

    /// <summary>When the edition as a whole last changed: <c>SOURCE_DATE_EPOCH</c>, else its latest document's date.</summary>
    public DateTimeOffset Edition => _epoch ?? _latestDocument ?? DateTimeOffset.UnixEpoch;

    /// <summary>A document's date; an undated document takes the edition's.</summary>
    public DateTimeOffset Of(DocumentEntry document) => document.Date is { } date ? Midnight(date) : Edition;

    public static string Day(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
