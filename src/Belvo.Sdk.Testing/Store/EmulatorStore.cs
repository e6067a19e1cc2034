using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Store;

namespace Belvo.Sdk.Testing;

/// <summary>
/// The emulator's in-memory data: links and everything retrieved for them. Every member is thread-safe; items
/// handed out are copies, so changing them does not change the store.
/// </summary>
public sealed class EmulatorStore
{
    private readonly Lock sync = new();
    private readonly Dictionary<EmulatorResource, Dictionary<string, StoredItem>> items = [];
    private readonly Dictionary<EmulatorResource, Dictionary<string, string>> naturalKeys = [];
    private long sequence;

    internal EmulatorStore()
    {
        foreach (var resource in Enum.GetValues<EmulatorResource>())
        {
            items[resource] = new(StringComparer.Ordinal);
            naturalKeys[resource] = new(StringComparer.Ordinal);
        }
    }

    /// <summary>How many items of a kind the store holds.</summary>
    /// <param name="resource">The kind of item.</param>
    /// <returns>The number of stored items.</returns>
    public int Count(EmulatorResource resource)
    {
        lock (sync)
        {
            return items[resource].Count;
        }
    }

    /// <summary>Copies of every stored item of a kind, oldest first, as the API would render them.</summary>
    /// <param name="resource">The kind of item.</param>
    /// <returns>The items, in insertion order.</returns>
    public IReadOnlyList<JsonObject> List(EmulatorResource resource) => Query(resource, static _ => true);

    /// <summary>A copy of one stored item, or <see langword="null"/> when there is none with that id.</summary>
    /// <param name="resource">The kind of item.</param>
    /// <param name="id">The item's id (a UUID).</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public JsonObject? Find(EmulatorResource resource, string id)
    {
        lock (sync)
        {
            return items[resource].TryGetValue(id, out var item) ? (JsonObject)item.Json.DeepClone() : null;
        }
    }

    /// <summary>Removes every item of every kind.</summary>
    public void Clear()
    {
        lock (sync)
        {
            foreach (var resource in items.Keys)
            {
                items[resource].Clear();
                naturalKeys[resource].Clear();
            }
        }
    }

    internal IReadOnlyList<JsonObject> Query(EmulatorResource resource, Func<JsonObject, bool> predicate)
    {
        lock (sync)
        {
            return items[resource].Values
                .Where(item => predicate(item.Json))
                .OrderBy(item => item.Sequence)
                .Select(item => (JsonObject)item.Json.DeepClone())
                .ToList();
        }
    }

    /// <summary>Like <see cref="Query"/>, with the id of the link each item belongs to.</summary>
    internal IReadOnlyList<JsonObject> QueryOwned(EmulatorResource resource, Func<string, JsonObject, bool> predicate)
    {
        lock (sync)
        {
            return items[resource].Values
                .Where(item => predicate(item.LinkId, item.Json))
                .OrderBy(item => item.Sequence)
                .Select(item => (JsonObject)item.Json.DeepClone())
                .ToList();
        }
    }

    internal void AddLink(JsonObject link, LinkCredentials credentials)
    {
        var id = (string)link["id"]!;
        lock (sync)
        {
            items[EmulatorResource.Links][id] = new StoredItem(++sequence, (JsonObject)link.DeepClone(), id, null, id, credentials);
        }
    }

    internal LinkRecord? GetLink(string id)
    {
        lock (sync)
        {
            return items[EmulatorResource.Links].TryGetValue(id, out var item)
                ? new LinkRecord((JsonObject)item.Json.DeepClone(), item.Credentials!)
                : null;
        }
    }

    /// <summary>Changes a stored link in place (and optionally its credentials); returns the new copy, or null when it is gone.</summary>
    internal LinkRecord? UpdateLink(string id, Action<JsonObject> change, LinkCredentials? credentials = null)
    {
        lock (sync)
        {
            if (!items[EmulatorResource.Links].TryGetValue(id, out var item))
            {
                return null;
            }

            change(item.Json);
            if (credentials is not null)
            {
                item = item with { Credentials = credentials };
                items[EmulatorResource.Links][id] = item;
            }

            return new LinkRecord((JsonObject)item.Json.DeepClone(), item.Credentials!);
        }
    }

    /// <summary>The id already stored for an item with this natural key on this link, if any.</summary>
    internal string? FindId(EmulatorResource resource, string linkId, string naturalKey)
    {
        lock (sync)
        {
            return naturalKeys[resource].GetValueOrDefault(IndexKey(linkId, naturalKey));
        }
    }

    /// <summary>Inserts an item, or replaces the one with the same natural key keeping its id and created_at; returns a copy.</summary>
    internal JsonObject Upsert(EmulatorResource resource, ItemOwner owner, JsonObject item)
    {
        var json = (JsonObject)item.DeepClone();
        lock (sync)
        {
            var index = IndexKey(owner.LinkId, owner.NaturalKey);
            var table = items[resource];
            long order;
            if (naturalKeys[resource].TryGetValue(index, out var existingId) && table.TryGetValue(existingId, out var existing))
            {
                json["id"] = existingId;
                if (existing.Json.TryGetPropertyValue("created_at", out var createdAt))
                {
                    json["created_at"] = createdAt?.DeepClone();
                }

                order = existing.Sequence;
            }
            else
            {
                order = ++sequence;
            }

            var id = (string)json["id"]!;
            table[id] = new StoredItem(order, json, owner.LinkId, owner.AccountId, owner.NaturalKey, null);
            naturalKeys[resource][index] = id;
            return (JsonObject)json.DeepClone();
        }
    }

    /// <summary>Deletes an item and what hangs on it: a link takes all its data, an account its transactions and balances.</summary>
    internal bool Delete(EmulatorResource resource, string id)
    {
        lock (sync)
        {
            if (!Remove(resource, id))
            {
                return false;
            }

            if (resource == EmulatorResource.Links)
            {
                foreach (var kind in items.Keys.Where(k => k != EmulatorResource.Links))
                {
                    RemoveWhere(kind, item => item.LinkId == id);
                }
            }
            else if (resource == EmulatorResource.Accounts)
            {
                RemoveWhere(EmulatorResource.Transactions, item => item.AccountId == id);
                RemoveWhere(EmulatorResource.Balances, item => item.AccountId == id);
            }

            return true;
        }
    }

    private bool Remove(EmulatorResource resource, string id)
    {
        if (!items[resource].Remove(id, out var removed))
        {
            return false;
        }

        naturalKeys[resource].Remove(IndexKey(removed.LinkId, removed.NaturalKey));
        return true;
    }

    private void RemoveWhere(EmulatorResource resource, Func<StoredItem, bool> predicate)
    {
        foreach (var id in items[resource].Values.Where(predicate).Select(i => (string)i.Json["id"]!).ToList())
        {
            Remove(resource, id);
        }
    }

    private static string IndexKey(string linkId, string naturalKey) => linkId + "|" + naturalKey;
}
