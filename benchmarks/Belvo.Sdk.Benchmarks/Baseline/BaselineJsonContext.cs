using System.Text.Json.Serialization;

namespace Belvo.Sdk.Benchmarks.Baseline;

// The hand-written client's records: plain positional records for every field the payloads carry (strings where the
// SDK has extensible enums, no unknown-field bag), so both clients read the same data and the allocation ratio
// measures the request path, not how many fields each side chose to read.
#pragma warning disable SA1402, SA1649 // The baseline's records are kept together, as a hand-written client would.

public sealed record InstitutionRefDto(string? Name, string? Type);

public sealed record BalanceDto(decimal? Current, decimal? Available);

public sealed record AccountRefDto(
    Guid Id,
    Guid Link,
    InstitutionRefDto? Institution,
    DateTimeOffset CollectedAt,
    DateTimeOffset? CreatedAt,
    string? InternalIdentification,
    string? Name,
    string? Number,
    string? Type,
    string? Category,
    string? BankProductId,
    string? PublicIdentificationName,
    string? PublicIdentificationValue,
    string? Currency,
    BalanceDto? Balance,
    DateTimeOffset? LastAccessedAt,
    string? BalanceType);

public sealed record MerchantDto(string? Logo, string? Website, string? MerchantName);

public sealed record TransactionDto(
    Guid Id,
    AccountRefDto? Account,
    DateTimeOffset? CreatedAt,
    string? Category,
    string? Subcategory,
    MerchantDto? Merchant,
    string? Type,
    decimal? Amount,
    string? Status,
    decimal? Balance,
    string? Currency,
    string? Reference,
    DateOnly? ValueDate,
    DateTimeOffset CollectedAt,
    string? Observations,
    DateTimeOffset? AccountingDate,
    string? InternalIdentification,
    string? Description);

public sealed record TransactionPageDto(int Count, string? Next, string? Previous, List<TransactionDto> Results);

public sealed record CreditDataDto(
    DateTimeOffset? CollectedAt,
    decimal? CreditLimit,
    DateOnly? CuttingDate,
    DateOnly? NextPaymentDate,
    decimal? MinimumPayment,
    decimal? NoInterestPayment,
    decimal? InterestRate,
    decimal? MonthlyPayment,
    DateOnly? LastPaymentDate,
    decimal? LastPeriodBalance);

public sealed record AccountDto(
    Guid Id,
    Guid Link,
    InstitutionRefDto? Institution,
    DateTimeOffset CollectedAt,
    DateTimeOffset? CreatedAt,
    string? Category,
    string? BalanceType,
    string? Type,
    string? Name,
    string? Number,
    BalanceDto? Balance,
    string? Currency,
    string? BankProductId,
    string? InternalIdentification,
    string? PublicIdentificationName,
    string? PublicIdentificationValue,
    DateTimeOffset? LastAccessedAt,
    CreditDataDto? CreditData);

public sealed record RetrieveRequestDto(Guid Link, DateOnly DateFrom, DateOnly DateTo);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TransactionPageDto))]
[JsonSerializable(typeof(List<TransactionDto>))]
[JsonSerializable(typeof(AccountDto))]
[JsonSerializable(typeof(RetrieveRequestDto))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
