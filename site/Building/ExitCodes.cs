namespace Publisher.Site.Building;

/// <summary>What the site tool's exit code means (documented in the README).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The site did not pass validation, or a template failed; the output folder was left as it was.</summary>
    public const int BuildFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The output folder holds files Publisher did not write, or is the root or a repository.</summary>
    public const int OutputRefused = 3;
}
