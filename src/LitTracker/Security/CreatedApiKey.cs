namespace LitTracker.Security;

/// <summary>A new key with its secret. The secret is shown this once: only its hash is stored.</summary>
/// <param name="Key">The stored key.</param>
/// <param name="Secret">The secret to hand to the user (<c>Authorization: Bearer …</c> or <c>X-Api-Key</c>).</param>
public sealed record CreatedApiKey(ApiKeyInfo Key, string Secret);
