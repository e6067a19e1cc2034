using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;
using Belvo.Sdk.Resources;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.RecurringExpenses;

internal sealed class RecurringExpensesClient(BelvoConnection connection)
    : ResumableResourceClient<RecurringExpense, RecurringExpenseListOptions>(connection), IRecurringExpensesClient
{
    private readonly IRecurringExpensesApi _api = connection.CreateApi<IRecurringExpensesApi>();

    public Task<IReadOnlyList<RecurringExpense>> RetrieveAsync(RecurringExpensesRetrieveRequest request, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Body(request, nameof(request));
        return _api.RetrieveAsync(request, requestOptions, cancellationToken);
    }

    protected override JsonTypeInfo<BelvoPage<RecurringExpense>> PageType => BelvoConnection.Json.BelvoPageRecurringExpense;

    protected override Task<BelvoPage<RecurringExpense>> ListPageCoreAsync(IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ListAsync(query, requestOptions, cancellationToken);

    protected override async Task<RecurringExpense> GetCoreAsync(Guid id, IDictionary<string, string> query, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        FlexibleJson.ReadSingle(await _api.GetAsync(id, query, requestOptions, cancellationToken).ConfigureAwait(false), BelvoConnection.Json.RecurringExpense);

    protected override Task DeleteCoreAsync(Guid id, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.DeleteAsync(id, requestOptions, cancellationToken);

    protected override Task<IReadOnlyList<RecurringExpense>> ResumeCoreAsync(ResumeRequest request, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _api.ResumeAsync(request, requestOptions, cancellationToken);
}
