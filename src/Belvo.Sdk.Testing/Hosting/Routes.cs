using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Links;
using Belvo.Sdk.Testing.Resources;

namespace Belvo.Sdk.Testing.Hosting;

/// <summary>Registers every endpoint the emulator serves.</summary>
internal static class Routes
{
    public static Router Build(EmulatorContext context)
    {
        var router = new Router();
        var listing = new Listing(context);
        var data = new LinkData(context);
        var endpoints = new DataEndpoints(context, listing);
        new ApiRootEndpoint(context).Map(router);
        new InstitutionEndpoints(context, listing).Map(router);
        new LinkEndpoints(context, listing, new HistoricalLoader(context, data)).Map(router);
        new TokenEndpoint(context).Map(router);
        endpoints.Map(router, BankResources.Accounts(data));
        endpoints.Map(router, BankResources.Transactions(context, data));
        endpoints.Map(router, BankResources.Balances(context, data));
        endpoints.Map(router, BankResources.Owners(data));
        endpoints.Map(router, FiscalResources.Invoices(context, data));
        endpoints.Map(router, FiscalResources.TaxReturns(context, data));
        endpoints.Map(router, FiscalResources.TaxStatus(data));
        new SpecEndpoints(context, listing, endpoints).Map(router);
        return router;
    }
}
