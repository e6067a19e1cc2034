using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.TaxDeclarations;

/// <summary>Annual tax declarations (DIAN Colombia) of a fiscal link; each is a <see cref="TaxDeclarationIndividual"/> or a <see cref="TaxDeclarationBusiness"/>.</summary>
public interface ITaxDeclarationsClient
    : IListableResource<TaxDeclaration, Guid, TaxDeclarationListOptions>,
      IDeletableResource,
      IRetrievableResource<TaxDeclarationsRetrieveRequest, IReadOnlyList<TaxDeclaration>>;
