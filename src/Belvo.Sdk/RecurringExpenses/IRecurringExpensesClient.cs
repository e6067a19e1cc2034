using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.RecurringExpenses;

/// <summary>Recurring expenses (subscriptions, regular payments) found in a link's accounts.</summary>
public interface IRecurringExpensesClient
    : IListableResource<RecurringExpense, Guid, RecurringExpenseListOptions>,
      IDeletableResource,
      IMfaRetrievableResource<RecurringExpensesRetrieveRequest, IReadOnlyList<RecurringExpense>>;
