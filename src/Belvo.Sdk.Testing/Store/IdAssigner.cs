namespace Belvo.Sdk.Testing.Store;

/// <summary>
/// Gives generated items of one link their ids: the id already stored for the same natural key, or a new one. It
/// remembers which key each id was given for, so the items can be saved under that key afterwards.
/// </summary>
internal sealed class IdAssigner(EmulatorStore store, Func<string> newId, EmulatorResource resource, string linkId)
{
    private readonly Dictionary<string, string> keysById = new(StringComparer.Ordinal);

    public string Assign(string naturalKey)
    {
        var id = store.FindId(resource, linkId, naturalKey) ?? newId();
        keysById[id] = naturalKey;
        return id;
    }

    public string KeyOf(string id) => keysById[id];
}
