namespace Belvo.Sdk.Http;

/// <summary>
/// One row of the operation table: what the SDK knows about a Belvo operation before sending it. The generated
/// resource clients hold one per operation (see <c>Resources/Generated</c>); raw calls and followed pages get
/// theirs from <see cref="Raw"/>; a followed page is sent as its list operation.
/// </summary>
/// <param name="Name">The operation's name as logs and traces show it, for example <c>Accounts.Retrieve</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathTemplate">The path with its trailing slash, for example <c>/api/accounts/{id}/</c>.</param>
/// <param name="Mode">How a successful answer is read.</param>
/// <param name="ReachesInstitution">
/// Whether the call waits for the institution (register, retrieve, resume, update credentials), so that it is
/// bounded by <see cref="BelvoClientOptions.InstitutionTimeout"/> rather than <see cref="BelvoClientOptions.Timeout"/>.
/// </param>
internal sealed record BelvoOperation(string Name, HttpMethod Method, string PathTemplate, ResponseMode Mode, bool ReachesInstitution)
{
    /// <summary>Gets the operation of a raw call sent with <c>IBelvoClient.SendAsync</c>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path as the caller wrote it.</param>
    /// <returns>The operation.</returns>
    public static BelvoOperation Raw(HttpMethod method, string path) =>
        new("Raw", method, path, ResponseMode.Json, ReachesInstitution: method != HttpMethod.Get && method != HttpMethod.Delete && method != HttpMethod.Head);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Method.Method} {PathTemplate})";
}
