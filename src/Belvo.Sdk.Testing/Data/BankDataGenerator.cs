using System.Globalization;
using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Data;

/// <summary>
/// Generates a bank link's accounts, transactions, balances and owner from the seed, the institution and the username.
/// Each day's movements depend only on the account and the date, and each account's balance is anchored on the day its
/// link was created, so any date range gives the same movements and running balances that agree with each other.
/// </summary>
internal sealed class BankDataGenerator(int seed)
{
    private static readonly string[] OptionalCategories = [AccountSpec.Savings, AccountSpec.CreditCard, AccountSpec.Loan];

    public IReadOnlyList<AccountSpec> Accounts(LinkProfile profile)
    {
        var random = SeededRandom.For(seed, "accounts", profile.Institution.Name, profile.Username);
        var scale = profile.Institution.Currency switch
        {
            "COP" => 200m,
            "BRL" => 0.3m,
            _ => 1m,
        };
        var categories = new List<string> { AccountSpec.Checking };
        categories.AddRange(OptionalCategories.OrderBy(_ => random.Next()).Take(random.Next(1, 4)));
        return categories.Select((category, index) => Spec(profile, category, index, scale, random)).ToList();
    }

    public JsonObject AccountJson(AccountSpec spec, LinkProfile profile, string id, DateOnly today, DateTimeOffset now)
    {
        var current = Closing(spec, profile.AnchorDate, today);
        var collected = Timestamps.Format(now);
        var isCard = spec.Category == AccountSpec.CreditCard;
        var isLoan = spec.Category == AccountSpec.Loan;
        return new JsonObject
        {
            ["id"] = id,
            ["link"] = profile.LinkId,
            ["institution"] = new JsonObject { ["name"] = profile.Institution.Name, ["type"] = profile.Institution.Type },
            ["collected_at"] = collected,
            ["created_at"] = collected,
            ["category"] = spec.Category,
            ["balance_type"] = spec.IsLiability ? "LIABILITY" : "ASSET",
            ["type"] = spec.Type,
            ["name"] = spec.Name,
            ["number"] = spec.Number,
            ["balance"] = new JsonObject
            {
                ["current"] = current,
                ["available"] = isCard ? spec.CreditLimit - current : isLoan ? 0m : current,
            },
            ["currency"] = profile.Institution.Currency,
            ["public_identification_name"] = spec.PublicIdName,
            ["public_identification_value"] = spec.PublicIdValue,
            ["last_accessed_at"] = collected,
            ["credit_data"] = isCard ? CreditData(spec, current, today, collected) : null,
            ["loan_data"] = isLoan ? LoanData(spec, current, profile.AnchorDate, collected) : null,
            ["funds_data"] = null,
            ["internal_identification"] = StableHex(spec.Key),
        };
    }

    /// <summary>The account's movements between two dates (inclusive), each with the running balance after it.</summary>
    public List<JsonObject> Transactions(AccountSpec spec, LinkProfile profile, JsonObject account, DateOnly from, DateOnly to, Func<string, string> idFor, DateOnly today, DateTimeOffset now)
    {
        var result = new List<JsonObject>();
        if (!spec.HasTransactions)
        {
            return result;
        }

        var balance = Closing(spec, profile.AnchorDate, from.AddDays(-1));
        var collected = Timestamps.Format(now);
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var movements = Day(spec, date);
            for (var i = 0; i < movements.Count; i++)
            {
                var (template, amount, time, reference) = movements[i];
                balance += Signed(spec, template.Type, amount);
                var key = string.Create(CultureInfo.InvariantCulture, $"{spec.Key}|{Timestamps.Format(date)}|{i}");
                result.Add(new JsonObject
                {
                    ["id"] = idFor(key),
                    ["account"] = account.DeepClone(),
                    ["created_at"] = collected,
                    ["collected_at"] = collected,
                    ["value_date"] = Timestamps.Format(date),
                    ["accounting_date"] = Timestamps.Format(new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero)),
                    ["amount"] = amount,
                    ["balance"] = balance,
                    ["currency"] = profile.Institution.Currency,
                    ["description"] = template.Description,
                    ["observations"] = null,
                    ["merchant"] = new JsonObject
                    {
                        ["logo"] = template.MerchantWebsite is null ? null : $"https://logo.clearbit.com/{new Uri(template.MerchantWebsite).Host}",
                        ["website"] = template.MerchantWebsite,
                        ["merchant_name"] = template.MerchantName,
                    },
                    ["category"] = template.Category,
                    ["subcategory"] = template.Subcategory,
                    ["reference"] = reference,
                    ["type"] = template.Type,
                    ["status"] = today.DayNumber - date.DayNumber < 2 ? "PENDING" : "PROCESSED",
                    ["internal_identification"] = StableHex(key),
                    ["credit_card_data"] = spec.Category == AccountSpec.CreditCard ? CardBill(date, today, amount, collected) : null,
                });
            }
        }

        return result;
    }

    /// <summary>End-of-day balances between two dates (inclusive); empty for accounts Belvo gives no balances for.</summary>
    public List<JsonObject> Balances(AccountSpec spec, LinkProfile profile, JsonObject account, DateOnly from, DateOnly to, Func<string, string> idFor, DateTimeOffset now)
    {
        var result = new List<JsonObject>();
        if (!spec.HasBalances)
        {
            return result;
        }

        var balance = Closing(spec, profile.AnchorDate, from.AddDays(-1));
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            balance += Net(spec, date);
            result.Add(new JsonObject
            {
                ["id"] = idFor(spec.Key + "|" + Timestamps.Format(date)),
                ["account"] = account.DeepClone(),
                ["value_date"] = Timestamps.Format(date),
                ["balance"] = balance,
                ["current_balance"] = balance,
                ["statement"] = null,
                ["collected_at"] = Timestamps.Format(now),
            });
        }

        return result;
    }

    public JsonObject Owner(LinkProfile profile, string id, DateTimeOffset now)
    {
        var person = Persona.For(seed, profile.Institution.Name, profile.Username, profile.Institution.Country);
        var collected = Timestamps.Format(now);
        return new JsonObject
        {
            ["id"] = id,
            ["link"] = profile.LinkId,
            ["internal_identification"] = StableHex(profile.Institution.Name + "|" + profile.Username + "|owner"),
            ["collected_at"] = collected,
            ["created_at"] = collected,
            ["display_name"] = person.DisplayName,
            ["last_name"] = person.LastName,
            ["second_last_name"] = person.SecondLastName,
            ["email"] = person.Email,
            ["phone_number"] = person.Phone,
            ["address"] = $"{person.Street}, {person.PostalCode} {person.City}",
            ["document_id"] = new JsonObject { ["document_type"] = person.DocumentType, ["document_number"] = person.DocumentNumber },
        };
    }

    /// <summary>A short stable hex digest, used for <c>internal_identification</c> values.</summary>
    public static string StableHex(string key) => IdFactory.StableUuid(key).Replace("-", string.Empty, StringComparison.Ordinal)[..16];

    /// <summary>The balance at the end of a day, walking the daily movements from the anchor date in either direction.</summary>
    private decimal Closing(AccountSpec spec, DateOnly anchor, DateOnly date)
    {
        var balance = spec.AnchorBalance;
        if (!spec.HasTransactions)
        {
            return balance;
        }

        for (var day = anchor.AddDays(1); day <= date; day = day.AddDays(1))
        {
            balance += Net(spec, day);
        }

        for (var day = anchor; day > date; day = day.AddDays(-1))
        {
            balance -= Net(spec, day);
        }

        return balance;
    }

    private decimal Net(AccountSpec spec, DateOnly date) => Day(spec, date).Sum(m => Signed(spec, m.Template.Type, m.Amount));

    private static decimal Signed(AccountSpec spec, string type, decimal amount) =>
        (type == TransactionTemplate.Inflow) ^ spec.IsLiability ? amount : -amount;

    /// <summary>The movements of one account on one day: payroll on the 15th and the last day, card payments on the 5th, everyday spending.</summary>
    private List<(TransactionTemplate Template, decimal Amount, TimeOnly Time, string Reference)> Day(AccountSpec spec, DateOnly date)
    {
        var random = SeededRandom.For(seed, "day", spec.Key, Timestamps.Format(date));
        var movements = new List<(TransactionTemplate, decimal, TimeOnly, string)>();
        var lastDay = date.Day == DateTime.DaysInMonth(date.Year, date.Month);
        void Add(TransactionTemplate template, decimal amount) =>
            movements.Add((template, Math.Round(amount, 2, MidpointRounding.AwayFromZero), new TimeOnly(random.Next(7, 22), random.Next(60), random.Next(60)), random.Digits(6)));

        switch (spec.Category)
        {
            case AccountSpec.Checking:
                if (date.Day == 15 || lastDay)
                {
                    Add(TransactionCatalog.Payroll, spec.Payroll);
                }

                for (var i = random.Next(0, 4); i > 0; i--)
                {
                    var template = random.Pick(TransactionCatalog.Everyday);
                    Add(template, random.Amount(template.MinAmount, template.MaxAmount) * spec.Scale);
                }

                break;
            case AccountSpec.Savings:
                if (lastDay)
                {
                    Add(TransactionCatalog.Interest, Math.Round(spec.AnchorBalance * 0.004m, 2));
                }

                break;
            case AccountSpec.CreditCard:
                if (date.Day == 5)
                {
                    Add(TransactionCatalog.CardPayment, random.Amount(TransactionCatalog.CardPayment.MinAmount, TransactionCatalog.CardPayment.MaxAmount) * spec.Scale);
                }

                for (var i = random.Next(0, 3) - 1; i > 0; i--)
                {
                    var template = random.Pick(TransactionCatalog.CardPurchases);
                    Add(template, random.Amount(template.MinAmount, template.MaxAmount) * spec.Scale);
                }

                break;
        }

        return movements;
    }

    private static AccountSpec Spec(LinkProfile profile, string category, int index, decimal scale, Random random)
    {
        var portuguese = profile.Institution.Country == "BR";
        var number = random.Digits(12);
        var (type, name) = category switch
        {
            AccountSpec.Checking => portuguese ? ("Conta corrente", "Conta Corrente") : ("Cuentas de efectivo", $"Cuenta Perfiles - {profile.Institution.Currency}-{number[^3..]}"),
            AccountSpec.Savings => portuguese ? ("Conta poupança", "Conta Poupança") : ("Cuentas de ahorro", "Cuenta de Ahorro"),
            AccountSpec.CreditCard => portuguese ? ("Cartão de crédito", "Cartão de Crédito Ouro") : ("Tarjetas de crédito", "Tarjeta de Crédito Oro"),
            _ => portuguese ? ("Empréstimo", "Empréstimo Pessoal") : ("Créditos", "Crédito Personal"),
        };
        var (publicName, publicValue) = (category, profile.Institution.Country) switch
        {
            (AccountSpec.CreditCard, _) => ("CARD_NUMBER", "**** **** **** " + random.Digits(4)),
            (AccountSpec.Loan, _) => ("CONTRACT_NUMBER", random.Digits(10)),
            (_, "MX") => ("CLABE", random.Digits(18)),
            (_, "BR") => ("AGENCY/ACCOUNT", $"{random.Digits(4)}/{random.Digits(5)}-{random.Digits(1)}"),
            _ => ("ACCOUNT_NUMBER", random.Digits(11)),
        };
        var (min, max) = category switch
        {
            AccountSpec.Checking => (8000m, 60000m),
            AccountSpec.Savings => (10000m, 200000m),
            AccountSpec.CreditCard => (1000m, 20000m),
            _ => (20000m, 300000m),
        };
        return new AccountSpec(
            Key: string.Create(CultureInfo.InvariantCulture, $"{profile.Institution.Name}|{profile.Username}|{index}"),
            Category: category,
            Type: type,
            Name: name,
            Number: number,
            PublicIdName: publicName,
            PublicIdValue: publicValue,
            AnchorBalance: Math.Round(random.Amount(min, max) * scale, 2),
            CreditLimit: Math.Round(random.Amount(40000m, 120000m) * scale, 2),
            Scale: scale,
            Payroll: Math.Round(random.Amount(9000m, 20000m) * scale, 2));
    }

    private static JsonObject CreditData(AccountSpec spec, decimal current, DateOnly today, string collected)
    {
        var cutting = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        return new JsonObject
        {
            ["credit_limit"] = spec.CreditLimit,
            ["collected_at"] = collected,
            ["cutting_date"] = Timestamps.Format(cutting),
            ["next_payment_date"] = Timestamps.Format(cutting.AddDays(20)),
            ["minimum_payment"] = Math.Round(Math.Max(current, 0m) * 0.05m, 2),
            ["no_interest_payment"] = Math.Round(Math.Max(current, 0m), 2),
            ["interest_rate"] = 42.5m,
            ["monthly_payment"] = null,
            ["last_payment_date"] = Timestamps.Format(new DateOnly(today.Year, today.Month, 1).AddDays(4)),
        };
    }

    private static JsonObject LoanData(AccountSpec spec, decimal outstanding, DateOnly anchor, string collected)
    {
        var contract = Math.Round(spec.AnchorBalance * 1.25m, 2);
        var monthly = Math.Round(contract / 48m, 2);
        return new JsonObject
        {
            ["collected_at"] = collected,
            ["contract_amount"] = contract,
            ["principal"] = contract,
            ["loan_type"] = "Personal",
            ["payment_day"] = "15",
            ["outstanding_principal"] = outstanding,
            ["outstanding_balance"] = outstanding,
            ["monthly_payment"] = monthly,
            ["interest_rates"] = new JsonArray(new JsonObject { ["name"] = "tasa_anual", ["type"] = "YEARLY", ["value"] = 18.9m }),
            ["fees"] = new JsonArray(new JsonObject { ["type"] = "OPERATION_FEE", ["value"] = 250m }),
            ["number_of_installments_total"] = 48,
            ["number_of_installments_outstanding"] = 36,
            ["contract_start_date"] = Timestamps.Format(anchor.AddMonths(-12)),
            ["contract_end_date"] = Timestamps.Format(anchor.AddMonths(36)),
            ["contract_number"] = spec.PublicIdValue,
        };
    }

    private static JsonObject CardBill(DateOnly date, DateOnly today, decimal amount, string collected) => new()
    {
        ["collected_at"] = collected,
        ["bill_name"] = date.ToString("MMM-yyyy", CultureInfo.InvariantCulture).ToLowerInvariant(),
        ["bill_status"] = date.Year == today.Year && date.Month == today.Month ? "OPEN" : "CLOSED",
        ["bill_amount"] = amount,
        ["previous_bill_total"] = null,
    };
}
