using System.Text.Json.Serialization;

namespace Belvo.Sdk.Benchmarks.Baseline;

/// <summary>The hand-written client's minimal records: the fields a job reads, nothing else.</summary>
public sealed record TransactionDto(
    Guid Id,
    AccountRefDto? Account,
    DateOnly? ValueDate,
    DateTimeOffset? AccountingDate,
    decimal? Amount,
    decimal? Balance,
    string? Currency,
    string? Description,
    string? Category,
    string? Type,
    string? Status,
    string? Reference,
    DateTimeOffset CollectedAt,
    DateTimeOffset? CreatedAt);

public sealed record AccountRefDto(Guid Id);

public sealed record TransactionPageDto(int Count, string? Next, string? Previous, List<TransactionDto> Results);

public sealed record BalanceDto(decimal? Current, decimal? Available);

public sealed record AccountDto(Guid Id, Guid Link, string? Name, string? Category, string? Type, string? Currency, BalanceDto? Balance, DateTimeOffset CollectedAt);

public sealed record RetrieveRequestDto(Guid Link, DateOnly DateFrom, DateOnly DateTo);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TransactionPageDto))]
[JsonSerializable(typeof(List<TransactionDto>))]
[JsonSerializable(typeof(AccountDto))]
[JsonSerializable(typeof(RetrieveRequestDto))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
