namespace Belvo.Sdk.Testing.Data;

/// <summary>Who a link's data belongs to: the link, its institution, the username, and the date its balances are anchored on.</summary>
internal sealed record LinkProfile(string LinkId, InstitutionInfo Institution, string Username, DateOnly AnchorDate);

/// <summary>The fixed traits of one generated account; balances and movements are derived from it day by day.</summary>
internal sealed record AccountSpec(
    string Key,
    string Category,
    string Type,
    string Name,
    string Number,
    string PublicIdName,
    string PublicIdValue,
    decimal AnchorBalance,
    decimal CreditLimit,
    decimal Scale,
    decimal Payroll)
{
    public const string Checking = "CHECKING_ACCOUNT";
    public const string Savings = "SAVINGS_ACCOUNT";
    public const string CreditCard = "CREDIT_CARD";
    public const string Loan = "LOAN_ACCOUNT";

    public bool IsLiability => Category is CreditCard or Loan;

    public bool HasTransactions => Category != Loan;

    /// <summary>Belvo returns balances for checking and savings accounts only.</summary>
    public bool HasBalances => Category is Checking or Savings;
}
