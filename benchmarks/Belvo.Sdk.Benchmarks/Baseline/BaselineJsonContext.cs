using System.Text.Json.Serialization;

namespace Belvo.Sdk.Benchmarks.Baseline;

// The hand-written client's records: plain records with settable properties (the serializer's fast path; positional
// records go through a constructor that buffers every value) for every field the payloads carry (strings where the SDK
// has extensible enums, no unknown-field bag), so both clients read the same data and the allocation ratio measures
// the request path, not how many fields each side chose to read.
#pragma warning disable SA1402, SA1649 // The baseline's records are kept together, as a hand-written client would.

public sealed record InstitutionRefDto
{
    public string? Name { get; set; }

    public string? Type { get; set; }
}

public sealed record BalanceDto
{
    public decimal? Current { get; set; }

    public decimal? Available { get; set; }
}

public sealed record AccountRefDto
{
    public Guid Id { get; set; }

    public Guid Link { get; set; }

    public InstitutionRefDto? Institution { get; set; }

    public DateTimeOffset CollectedAt { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public string? InternalIdentification { get; set; }

    public string? Name { get; set; }

    public string? Number { get; set; }

    public string? Type { get; set; }

    public string? Category { get; set; }

    public string? PublicIdentificationName { get; set; }

    public string? PublicIdentificationValue { get; set; }

    public string? Currency { get; set; }

    public BalanceDto? Balance { get; set; }

    public DateTimeOffset? LastAccessedAt { get; set; }

    public string? BalanceType { get; set; }
}

public sealed record MerchantDto
{
    public string? Logo { get; set; }

    public string? Website { get; set; }

    public string? MerchantName { get; set; }
}

public sealed record TransactionDto
{
    public Guid Id { get; set; }

    public AccountRefDto? Account { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public string? Category { get; set; }

    public string? Subcategory { get; set; }

    public MerchantDto? Merchant { get; set; }

    public string? Type { get; set; }

    public decimal Amount { get; set; }

    public string? Status { get; set; }

    public decimal? Balance { get; set; }

    public string? Currency { get; set; }

    public string? Reference { get; set; }

    public DateOnly? ValueDate { get; set; }

    public DateTimeOffset CollectedAt { get; set; }

    public string? Observations { get; set; }

    public DateTimeOffset? AccountingDate { get; set; }

    public string? InternalIdentification { get; set; }

    public string? Description { get; set; }
}

public sealed record TransactionPageDto
{
    public int Count { get; set; }

    public string? Next { get; set; }

    public string? Previous { get; set; }

    public List<TransactionDto> Results { get; set; } = [];
}

public sealed record CreditDataDto
{
    public DateTimeOffset? CollectedAt { get; set; }

    public decimal? CreditLimit { get; set; }

    public DateOnly? CuttingDate { get; set; }

    public DateOnly? NextPaymentDate { get; set; }

    public decimal? MinimumPayment { get; set; }

    public decimal? NoInterestPayment { get; set; }

    public decimal? InterestRate { get; set; }

    public decimal? MonthlyPayment { get; set; }

    public DateOnly? LastPaymentDate { get; set; }

    public decimal? LastPeriodBalance { get; set; }
}

public sealed record AccountDto
{
    public Guid Id { get; set; }

    public Guid Link { get; set; }

    public InstitutionRefDto? Institution { get; set; }

    public DateTimeOffset CollectedAt { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public string? Category { get; set; }

    public string? BalanceType { get; set; }

    public string? Type { get; set; }

    public string? Name { get; set; }

    public string? Number { get; set; }

    public BalanceDto? Balance { get; set; }

    public string? Currency { get; set; }

    public string? InternalIdentification { get; set; }

    public string? PublicIdentificationName { get; set; }

    public string? PublicIdentificationValue { get; set; }

    public DateTimeOffset? LastAccessedAt { get; set; }

    public CreditDataDto? CreditData { get; set; }
}

public sealed record RetrieveRequestDto
{
    public Guid Link { get; set; }

    public DateOnly DateFrom { get; set; }

    public DateOnly DateTo { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TransactionPageDto))]
[JsonSerializable(typeof(List<TransactionDto>))]
[JsonSerializable(typeof(AccountDto))]
[JsonSerializable(typeof(RetrieveRequestDto))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
