using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.Links;

/// <summary>Belvo's <c>/api/links/</c> endpoints, as Refit sends them.</summary>
internal interface ILinksApi
{
    [Get("/api/links/")]
    Task<BelvoPage<Link>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/links/{id}/")]
    Task<Link> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/links/")]
    Task<Link> RegisterAsync([Body] LinkRegisterRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/links/")]
    Task<Link> ResumeAsync([Body] LinkResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Put("/api/links/{id}/")]
    Task<Link> UpdateCredentialsAsync(Guid id, [Body] LinkUpdateCredentialsRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/links/{id}/")]
    Task<Link> ChangeAccessModeAsync(Guid id, [Body] ChangeAccessModeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/links/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
