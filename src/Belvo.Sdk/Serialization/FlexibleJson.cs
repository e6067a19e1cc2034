using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Serialization;

/// <summary>
/// Reads answers whose shape Belvo's specification and its API disagree on: some endpoints documented as
/// returning one object return an array, and the other way round (incomes, recurring expenses, risk
/// insights, tax status). Both shapes are accepted, and nothing is dropped.
/// </summary>
internal static class FlexibleJson
{
    public static IReadOnlyList<T> ReadList<T>(JsonElement element, JsonTypeInfo<T> itemType) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select(item => Read(item, itemType)).ToList(),
        JsonValueKind.Object => [Read(element, itemType)],
        _ => throw Unexpected<T>(element),
    };

    public static T ReadSingle<T>(JsonElement element, JsonTypeInfo<T> itemType) => element.ValueKind switch
    {
        JsonValueKind.Object => Read(element, itemType),
        JsonValueKind.Array when element.GetArrayLength() == 1 => Read(element[0], itemType),
        JsonValueKind.Array => throw new BelvoException(
            $"Belvo answered with {element.GetArrayLength()} {typeof(T).Name} items where one was expected; use ListAsync to read them all."),
        _ => throw Unexpected<T>(element),
    };

    private static T Read<T>(JsonElement element, JsonTypeInfo<T> itemType) =>
        element.Deserialize(itemType) ?? throw Unexpected<T>(element);

    private static BelvoException Unexpected<T>(JsonElement element) =>
        new($"Belvo answered with a JSON {element.ValueKind} where {typeof(T).Name} data was expected.");
}
