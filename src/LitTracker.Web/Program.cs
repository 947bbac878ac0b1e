using LitTracker.Web.Hosting;

await LitTrackerWebApp.Create(args).RunAsync().ConfigureAwait(false);

/// <summary>The entry point, public so tests can host the service (<c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public partial class Program;
