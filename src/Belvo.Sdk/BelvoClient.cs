using Belvo.Sdk.Accounts;
using Belvo.Sdk.Balances;
using Belvo.Sdk.DependencyInjection;
using Belvo.Sdk.EmploymentRecords;
using Belvo.Sdk.Enrichment;
using Belvo.Sdk.Http;
using Belvo.Sdk.Incomes;
using Belvo.Sdk.Institutions;
using Belvo.Sdk.InvestmentPortfolios;
using Belvo.Sdk.Invoices;
using Belvo.Sdk.Links;
using Belvo.Sdk.Owners;
using Belvo.Sdk.ReceivableTransactions;
using Belvo.Sdk.RecurringExpenses;
using Belvo.Sdk.Risk;
using Belvo.Sdk.TaxComplianceStatuses;
using Belvo.Sdk.TaxDeclarations;
using Belvo.Sdk.TaxRetentions;
using Belvo.Sdk.TaxReturns;
using Belvo.Sdk.TaxStatuses;
using Belvo.Sdk.Transactions;
using Belvo.Sdk.WidgetTokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk;

/// <summary>
/// The Belvo API client: one property per resource, each call one typed method. Thread-safe; create one and
/// reuse it, or register it with <c>services.AddBelvoClient(...)</c>. Constructing it sends nothing: the
/// first request is the first network traffic, and each resource client is created on first use.
/// </summary>
public sealed class BelvoClient : IBelvoClient, IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> registered by <c>AddBelvoClient</c>.</summary>
    public const string HttpClientName = "Belvo.Sdk";

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly BelvoConnection _connection;

    /// <summary>
    /// Creates a client with its own connection pool and Belvo's handlers (retries, timeouts, logging).
    /// Dispose it when done, or prefer one long-lived instance.
    /// </summary>
    /// <param name="options">The secret keys, environment and policies.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for timeouts and retry waits; the system clock when <see langword="null"/>.</param>
    /// <exception cref="OptionsValidationException">The options are incomplete or unsafe; the message says how to fix them.</exception>
    public BelvoClient(BelvoClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(BelvoHttpPipeline.CreateHttpClient(Validate(options), loggerFactory, timeProvider), options, ownsHttpClient: true)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> already set up by <c>AddBelvoClient</c>.</summary>
    internal BelvoClient(HttpClient httpClient, BelvoClientOptions options, bool ownsHttpClient)
    {
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _connection = new BelvoConnection(httpClient, options);
    }

    /// <inheritdoc />
    public IInstitutionsClient Institutions => field ??= new InstitutionsClient(_connection);

    /// <inheritdoc />
    public ILinksClient Links => field ??= new LinksClient(_connection);

    /// <inheritdoc />
    public IAccountsClient Accounts => field ??= new AccountsClient(_connection);

    /// <inheritdoc />
    public ITransactionsClient Transactions => field ??= new TransactionsClient(_connection);

    /// <inheritdoc />
    public IBalancesClient Balances => field ??= new BalancesClient(_connection);

    /// <inheritdoc />
    public IOwnersClient Owners => field ??= new OwnersClient(_connection);

    /// <inheritdoc />
    public IInvoicesClient Invoices => field ??= new InvoicesClient(_connection);

    /// <inheritdoc />
    public ITaxReturnsClient TaxReturns => field ??= new TaxReturnsClient(_connection);

    /// <inheritdoc />
    public ITaxStatusClient TaxStatus => field ??= new TaxStatusClient(_connection);

    /// <inheritdoc />
    public IIncomesClient Incomes => field ??= new IncomesClient(_connection);

    /// <inheritdoc />
    public IRecurringExpensesClient RecurringExpenses => field ??= new RecurringExpensesClient(_connection);

    /// <inheritdoc />
    public IRiskInsightsClient RiskInsights => field ??= new RiskInsightsClient(_connection);

    /// <inheritdoc />
    public IEmploymentRecordsClient EmploymentRecords => field ??= new EmploymentRecordsClient(_connection);

    /// <inheritdoc />
    public ITaxDeclarationsClient TaxDeclarations => field ??= new TaxDeclarationsClient(_connection);

    /// <inheritdoc />
    public ITaxRetentionsClient TaxRetentions => field ??= new TaxRetentionsClient(_connection);

    /// <inheritdoc />
    public ITaxComplianceStatusClient TaxComplianceStatus => field ??= new TaxComplianceStatusClient(_connection);

    /// <inheritdoc />
    public IInvestmentPortfoliosClient InvestmentPortfolios => field ??= new InvestmentPortfoliosClient(_connection);

    /// <inheritdoc />
    public IReceivableTransactionsClient ReceivableTransactions => field ??= new ReceivableTransactionsClient(_connection);

    /// <inheritdoc />
    public IEnrichmentClient Enrichment => field ??= new EnrichmentClient(_connection);

    /// <inheritdoc />
    public IWidgetTokensClient WidgetTokens => field ??= new WidgetTokensClient(_connection);

    /// <summary>Releases the connection pool when this client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    private static BelvoClientOptions Validate(BelvoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new BelvoClientOptionsValidator().Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(BelvoClientOptions), result.Failures);
        }

        return options;
    }
}
