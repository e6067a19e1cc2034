using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Store;

/// <summary>An item in the store with what the store needs to find and cascade it: its link, account and natural key.</summary>
internal sealed record StoredItem(long Sequence, JsonObject Json, string LinkId, string? AccountId, string NaturalKey, LinkCredentials? Credentials);

/// <summary>Where an item belongs: the link it came from, the account it hangs on, and the key that identifies it at the institution.</summary>
internal readonly record struct ItemOwner(string LinkId, string? AccountId, string NaturalKey);

/// <summary>What the emulator remembers about how a link logs in; never returned on the wire.</summary>
internal sealed record LinkCredentials(string Username, string? Password, string CredentialsStorage);

/// <summary>A copy of a stored link together with its credentials.</summary>
internal sealed record LinkRecord(JsonObject Json, LinkCredentials Credentials)
{
    public string Id => (string)Json["id"]!;

    public string Institution => (string)Json["institution"]!;

    public string Status => (string)Json["status"]!;

    public string? AccessMode => (string?)Json["access_mode"];

    public string? ExternalId => (string?)Json["external_id"];

    public DateTimeOffset CreatedAt => DateTimeOffset.Parse((string)Json["created_at"]!, System.Globalization.CultureInfo.InvariantCulture);
}
