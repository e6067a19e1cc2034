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
/// first request is the first network traffic.
/// </summary>
public sealed class BelvoClient : IBelvoClient, IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> registered by <c>AddBelvoClient</c>.</summary>
    public const string HttpClientName = "Belvo.Sdk";

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;

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
        var connection = new BelvoConnection(httpClient, options);
        Institutions = new InstitutionsClient(connection);
        Links = new LinksClient(connection);
        Accounts = new AccountsClient(connection);
        Transactions = new TransactionsClient(connection);
        Balances = new BalancesClient(connection);
        Owners = new OwnersClient(connection);
        Invoices = new InvoicesClient(connection);
        TaxReturns = new TaxReturnsClient(connection);
        TaxStatus = new TaxStatusClient(connection);
        Incomes = new IncomesClient(connection);
        RecurringExpenses = new RecurringExpensesClient(connection);
        RiskInsights = new RiskInsightsClient(connection);
        EmploymentRecords = new EmploymentRecordsClient(connection);
        TaxDeclarations = new TaxDeclarationsClient(connection);
        TaxRetentions = new TaxRetentionsClient(connection);
        TaxComplianceStatus = new TaxComplianceStatusClient(connection);
        InvestmentPortfolios = new InvestmentPortfoliosClient(connection);
        ReceivableTransactions = new ReceivableTransactionsClient(connection);
        Enrichment = new EnrichmentClient(connection);
        WidgetTokens = new WidgetTokensClient(connection);
    }

    /// <inheritdoc />
    public IInstitutionsClient Institutions { get; }

    /// <inheritdoc />
    public ILinksClient Links { get; }

    /// <inheritdoc />
    public IAccountsClient Accounts { get; }

    /// <inheritdoc />
    public ITransactionsClient Transactions { get; }

    /// <inheritdoc />
    public IBalancesClient Balances { get; }

    /// <inheritdoc />
    public IOwnersClient Owners { get; }

    /// <inheritdoc />
    public IInvoicesClient Invoices { get; }

    /// <inheritdoc />
    public ITaxReturnsClient TaxReturns { get; }

    /// <inheritdoc />
    public ITaxStatusClient TaxStatus { get; }

    /// <inheritdoc />
    public IIncomesClient Incomes { get; }

    /// <inheritdoc />
    public IRecurringExpensesClient RecurringExpenses { get; }

    /// <inheritdoc />
    public IRiskInsightsClient RiskInsights { get; }

    /// <inheritdoc />
    public IEmploymentRecordsClient EmploymentRecords { get; }

    /// <inheritdoc />
    public ITaxDeclarationsClient TaxDeclarations { get; }

    /// <inheritdoc />
    public ITaxRetentionsClient TaxRetentions { get; }

    /// <inheritdoc />
    public ITaxComplianceStatusClient TaxComplianceStatus { get; }

    /// <inheritdoc />
    public IInvestmentPortfoliosClient InvestmentPortfolios { get; }

    /// <inheritdoc />
    public IReceivableTransactionsClient ReceivableTransactions { get; }

    /// <inheritdoc />
    public IEnrichmentClient Enrichment { get; }

    /// <inheritdoc />
    public IWidgetTokensClient WidgetTokens { get; }

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
