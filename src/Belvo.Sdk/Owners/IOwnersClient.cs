using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Owners;

/// <summary>Account owners of a link: names, contact details and identity documents.</summary>
public interface IOwnersClient
    : IListableResource<Owner, Guid, OwnerListOptions>,
      IDeletableResource,
      IMfaRetrievableResource<RetrieveRequest, IReadOnlyList<Owner>>;
