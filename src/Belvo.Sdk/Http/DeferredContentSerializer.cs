using System.Reflection;
using Belvo.Sdk.Serialization;
using Refit;

namespace Belvo.Sdk.Http;

/// <summary>
/// Refit's content serializer for request bodies, made on the first body written rather than when the first client
/// is built: the write options (both JSON contexts combined) are not needed by a process that only reads.
/// </summary>
internal sealed class DeferredContentSerializer : IHttpContentSerializer
{
    public HttpContent ToHttpContent<T>(T item) => Serializer.Instance.ToHttpContent(item);

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default) =>
        Serializer.Instance.FromHttpContentAsync<T>(content, cancellationToken);

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => Serializer.Instance.GetFieldNameForProperty(propertyInfo);

    private static class Serializer
    {
        public static SystemTextJsonContentSerializer Instance { get; } = new(BelvoJson.Options);
    }
}
