using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Links;

internal sealed class LinksClient(BelvoConnection connection)
    : DeletableResourceClient<Link, LinkListOptions>(connection), ILinksClient
{
    private readonly ILinksApi _api = connection.CreateApi<ILinksApi>();

    public Task<Link> RegisterAsync(LinkRegisterRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _api.RegisterAsync(Require.Request(request, nameof(request)), requestOptions, cancellationToken);

    public Task<Link> ResumeAsync(string session, string? token, Guid link, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Id(link, nameof(link));
        var body = new LinkResumeRequest { Session = Require.Session(session, nameof(session)), Link = link, Token = token };
        return _api.ResumeAsync(body, requestOptions, cancellationToken);
    }

    public Task<Link> UpdateCredentialsAsync(Guid id, LinkUpdateCredentialsRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Id(id, nameof(id));
        return _api.UpdateCredentialsAsync(id, Require.Request(request, nameof(request)), requestOptions, cancellationToken);
    }

    public Task<Link> ChangeAccessModeAsync(Guid id, ChangeAccessModeRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Id(id, nameof(id));
        return _api.ChangeAccessModeAsync(id, Require.Request(request, nameof(request)), requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<Link>> PageType => BelvoConnection.Json.BelvoPageLink;

    protected override Task<BelvoPage<Link>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);

    protected override Task<Link> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.GetAsync(id, query, requestOptions, cancellationToken);
}
