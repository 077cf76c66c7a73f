namespace Publisher.Browser.Tests.Helpers;

/// <summary>Every browser test shares one built site and one browser, so the suite stays fast.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
