using System.Net.Http.Json;
using System.Text.Json;

namespace LitTracker.Web.Tests.TestSupport;

/// <summary>Reads responses as JSON documents, so tests assert on the wire shape rather than on the server's types.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);
}
