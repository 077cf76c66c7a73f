namespace Publisher.Site.Output;

/// <summary>What publishing changed: files written, files left untouched, files removed.</summary>
public sealed record SyncResult(int Written, int Unchanged, int Removed);
