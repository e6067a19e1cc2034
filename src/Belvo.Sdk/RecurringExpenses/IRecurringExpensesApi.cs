using System.Text.Json;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Refit;

namespace Belvo.Sdk.RecurringExpenses;

/// <summary>Belvo's <c>/api/recurring-expenses/</c> endpoints, as Refit sends them.</summary>
internal interface IRecurringExpensesApi
{
    [Get("/api/recurring-expenses/")]
    Task<BelvoPage<RecurringExpense>> ListAsync([Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Get("/api/recurring-expenses/{id}/")]
    Task<JsonElement> GetAsync(Guid id, [Query] IDictionary<string, string> query, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Post("/api/recurring-expenses/")]
    Task<IReadOnlyList<RecurringExpense>> RetrieveAsync([Body] RecurringExpensesRetrieveRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Patch("/api/recurring-expenses/")]
    Task<IReadOnlyList<RecurringExpense>> ResumeAsync([Body] ResumeRequest request, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);

    [Delete("/api/recurring-expenses/{id}/")]
    Task DeleteAsync(Guid id, [Property(BelvoRequestOptions.PropertyKey)] BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
