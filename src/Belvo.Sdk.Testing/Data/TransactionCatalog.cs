namespace Belvo.Sdk.Testing.Data;

/// <summary>A kind of movement the generator draws: description, Belvo category, merchant and typical amount.</summary>
internal sealed record TransactionTemplate(
    string Description,
    string Category,
    string? Subcategory,
    string Type,
    decimal MinAmount,
    decimal MaxAmount,
    string? MerchantName = null,
    string? MerchantWebsite = null)
{
    public const string Inflow = "INFLOW";
    public const string Outflow = "OUTFLOW";
}

/// <summary>The movements the generator draws from, after the examples in Belvo's categorisation table.</summary>
internal static class TransactionCatalog
{
    public static readonly TransactionTemplate Payroll = new("PAGO DE NOMINA", "Income & Payments", "Salary", TransactionTemplate.Inflow, 9000m, 20000m);

    public static readonly TransactionTemplate Interest = new("ABONO INTERESES AHORROS", "Investments & Savings", "Interest", TransactionTemplate.Inflow, 1m, 1m);

    public static readonly TransactionTemplate CardPayment = new("PAGO TARJETA DE CREDITO", "Credits & Loans", "Credit Card", TransactionTemplate.Inflow, 1500m, 6000m);

    public static readonly IReadOnlyList<TransactionTemplate> Everyday =
    [
        new("OXXO CIPRESES", "Food & Groceries", "Convenience Store", TransactionTemplate.Outflow, 35m, 450m, "OXXO", "https://www.oxxo.com"),
        new("WALMART SUPERCENTER", "Food & Groceries", "Groceries", TransactionTemplate.Outflow, 250m, 2400m, "Walmart", "https://www.walmart.com.mx"),
        new("NETFLIX COM CR", "Online Platforms & Leisure", "Movie & Audio", TransactionTemplate.Outflow, 139m, 299m, "Netflix", "https://www.netflix.com"),
        new("UBER TRIP HELP.UBER.COM", "Transport & Travel", "Taxis & Rideshares", TransactionTemplate.Outflow, 45m, 380m, "Uber", "https://www.uber.com"),
        new("LIVERPOOL POR INTERNET", "Personal Shopping", "Department Store", TransactionTemplate.Outflow, 300m, 4200m, "Liverpool", "https://www.liverpool.com.mx"),
        new("HT TELCEL 018008", "Bills & Utilities", "Telecommunications", TransactionTemplate.Outflow, 199m, 699m, "Telcel", "https://www.telcel.com"),
        new("CFE SUMINISTRADOR", "Bills & Utilities", "Electricity & Energy", TransactionTemplate.Outflow, 150m, 1200m, "CFE", "https://www.cfe.mx"),
        new("RETIRO CAJERO AUTOMATICO", "Withdrawal & ATM", null, TransactionTemplate.Outflow, 200m, 3000m),
        new("COMISION EMISION", "Fees & Charges", "Bank Fees", TransactionTemplate.Outflow, 15m, 120m),
        new("IVA COM MEMBRESIA", "Taxes", "Government Fees", TransactionTemplate.Outflow, 5m, 60m),
        new("ELEKTRA MEXIC", "Home & Life", "Home Decor & Appliances", TransactionTemplate.Outflow, 400m, 6000m, "Elektra", "https://www.elektra.com.mx"),
        new("FARMACIA GUADALAJARA", "Home & Life", "Pharmacies", TransactionTemplate.Outflow, 60m, 900m, "Farmacias Guadalajara", "https://www.farmaciasguadalajara.com"),
        new("SPEI RECIBIDO STP", "Transfers", null, TransactionTemplate.Inflow, 300m, 5000m),
        new("DEPOSITO INTERBANCARIO", "Deposits", null, TransactionTemplate.Inflow, 500m, 4000m),
    ];

    public static readonly IReadOnlyList<TransactionTemplate> CardPurchases = [.. Everyday.Where(t => t.MerchantName is not null)];
}
