using LitTracker.Persistence;
using LitTracker.Security;
using LitTracker.Web.Hosting;
using LitTracker.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LitTracker.Web.Tests.Browser;

public sealed class AnnotatedArticleBrowserTests
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    [ChromiumFact]
    public async Task ArticleAndClaimPages_ReviewerAddsCitation_VerdictChanges()
    {
        var folder = Directory.CreateTempSubdirectory("littracker-browser-").FullName;
        var database = Path.Combine(folder, "browser.db");
        try
        {
            await using var app = LitTrackerWebApp.Create(["--urls", "http://127.0.0.1:0", "--Database:Path", database]);
            await app.StartAsync();
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            string secret;
            await using (var db = await LitTrackerDatabase.OpenAsync(database))
            {
                secret = (await new ApiKeyService(db, TimeProvider.System).CreateAsync("browser.reviewer")).Secret;
            }

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Headless = true,
                Args = ChromiumArgs,
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl });

            // The seed article cites nothing, so its unsupported claims show as unsourced, in words too.
            await page.GotoAsync("/articles/jointpain2024");
            var unsourced = page.Locator("li.claim.v-unsourced");
            Assert.True(await unsourced.CountAsync() > 0);
            var claim = unsourced.First;
            var key = (await claim.GetAttributeAsync("id"))!["claim-".Length..];
            Assert.Contains("unsourced", await claim.Locator(".badge").InnerTextAsync(), StringComparison.Ordinal);

            await claim.Locator(".claim-text a").ClickAsync();
            await page.WaitForURLAsync($"**/claims/{key}");
            await page.FillAsync("#f-source", "law2019");
            await page.SelectOptionAsync("#f-stance", "supports");
            await page.FillAsync("#f-locator", "Results");
            await page.FillAsync("#f-key", secret);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync($"**/claims/{key}?saved=*");

            var verdict = await page.Locator("#verdict .badge").InnerTextAsync();
            Assert.DoesNotContain("unsourced", verdict, StringComparison.Ordinal);
            Assert.Contains("browser.reviewer", await page.ContentAsync(), StringComparison.Ordinal);
            var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "claim-after-citation.png"), FullPage = true });
            await page.GotoAsync("/articles/jointpain2024");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "annotated-article.png"), FullPage = true });
            Assert.NotEqual("unsourced", await page.Locator($"#claim-{key}").GetAttributeAsync("data-verdict"));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A connection still finalising; the OS cleans temp folders.
            }
        }
    }
}
