using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Integration;

/// <summary>
/// The emulator serves every operation of the SDK: every method of every resource of <see cref="IBelvoClient"/>, found
/// by reflection and matched to the operation table, is called through the public API against a running emulator;
/// none may fail, and nothing the emulator answers may land in an <c>AdditionalProperties</c> bag.
/// </summary>
public sealed class EmulatorConformanceTests
{
    /// <summary>Set to 1 to rewrite the emulator's resource table from the operation table instead of comparing.</summary>
    public const string UpdateVariable = "BELVO_UPDATE_EMULATOR_TABLE";

    [Fact]
    public void The_emulator_resource_table_is_the_operation_table_and_the_description_samples()
    {
        var expected = EmulatorSpecTable.Render();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(EmulatorSpecTable.FilePath, expected);
        }

        var committed = File.ReadAllText(EmulatorSpecTable.FilePath).ReplaceLineEndings("\n");
        Assert.True(
            committed == expected,
            $"src/Belvo.Sdk.Testing/Data/spec-resources.json is stale: run this test with {UpdateVariable}=1, review the difference and rebuild the emulator.");
    }

    [Fact]
    public async Task Every_operation_of_every_resource_succeeds_against_the_emulator_with_nothing_unmapped()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var driver = new OperationDriver(harness);

        var report = await driver.DriveAllAsync();

        var expectedOperations = BelvoSpec.Operations.Resources.SelectMany(resource => resource.Operations.Select(operation => $"{resource.Name}.{operation.Name}")).Order(StringComparer.Ordinal).ToList();
        Assert.True(report.Failures.Count == 0, "Failed:\n" + string.Join("\n", report.Failures));
        Assert.True(report.Unmapped.Count == 0, "Unmapped:\n" + string.Join("\n", report.Unmapped));
        Assert.Equal(expectedOperations, report.Operations.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(report.Methods, report.Calls);
    }

    [Fact]
    public async Task A_second_refresh_within_ten_minutes_is_refused_on_the_emulator_clock()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var link = await harness.RegisterAsync();

        var first = await harness.Client.Links.RefreshWithResponseAsync(link.Id, new LinkRefreshRequest());
        harness.Clock.Advance(TimeSpan.FromMinutes(9));
        var refused = await Assert.ThrowsAsync<LinkRefreshCooldownException>(() => harness.Client.Links.RefreshAsync(link.Id, new LinkRefreshRequest()));
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await harness.Client.Links.RefreshAsync(link.Id, new LinkRefreshRequest());

        Assert.Equal(System.Net.HttpStatusCode.Accepted, first.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", first.Value.RequestId);
        Assert.Equal("link_refreshed", refused.ErrorCode);
        Assert.Contains("wait 1 minutes", refused.Message, StringComparison.Ordinal);
        Assert.NotEqual(first.Value.RequestId, again.RequestId);
        Assert.Equal(3, harness.RequestsTo("POST", $"/api/links/{link.Id}/refresh/").Count);
    }

    [Fact]
    public async Task An_open_finance_link_has_a_consent_and_its_brazilian_data_is_typed()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var link = await harness.RegisterAsync("ofmockbank_br_retail");

        var consents = await harness.Client.Consents.ListAsync(new ConsentListOptions { UserDocument = "76109277673" }).GetPageAsync();
        var bills = await harness.Client.Bills.RetrieveAsync(new BillsRetrieveRequest { Link = link.Id });
        var listed = await harness.Client.Bills.ListAsync(new BillListOptions { Link = link.Id }).GetPageAsync();

        Assert.Single(consents.Results);
        Assert.Equal(3, bills.Count);
        Assert.Equal(bills.Select(bill => bill.Id).Order(), listed.Results.Select(bill => bill.Id).Order());
        Assert.Empty(ModelGraph.UnmappedFields(bills));
        Assert.Equal(3, harness.Emulator.Store.Count(EmulatorResource.Bills));
    }
}

/// <summary>What driving every operation found.</summary>
internal sealed record DriveReport(List<string> Operations, List<string> Failures, List<string> Unmapped)
{
    public int Methods { get; set; }

    public int Calls { get; set; }
}

/// <summary>Calls every method of every resource client with arguments that fit the emulator's data.</summary>
internal sealed class OperationDriver(EmulatorHarness harness)
{
    private static readonly string[] VerbOrder = ["Register", "Retrieve", "RetrieveInBackground", "Resume", "List", "ListHistory", "Get"];
    private static readonly string[] LastVerbs = ["Refresh", "Delete", "DeleteInBackground"];

    private readonly Dictionary<string, Guid> links = new(StringComparer.Ordinal);

    public async Task<DriveReport> DriveAllAsync()
    {
        var report = new DriveReport([], [], []);
        foreach (var property in typeof(IBelvoClient).GetProperties())
        {
            var resource = BelvoSpec.Operations.Resources.SingleOrDefault(r => r.Name == property.Name);
            if (resource is null)
            {
                report.Failures.Add($"{property.Name}: no resource of that name in the operation table");
                continue;
            }

            var client = property.GetValue(harness.Client)!;
            var methods = property.PropertyType.GetMethods().Concat(property.PropertyType.GetInterfaces().SelectMany(i => i.GetMethods()))
                .Where(method => method.Name.EndsWith("Async", StringComparison.Ordinal))
                .OrderBy(method => Rank(Verb(method)))
                .ToList();
            report.Methods += methods.Count;
            foreach (var method in methods)
            {
                var verb = Verb(method);
                var operation = resource.Find(verb);
                if (operation is null)
                {
                    report.Failures.Add($"{resource.Name}.{method.Name}: no operation {verb} in the table");
                    continue;
                }

                var name = $"{resource.Name}.{verb}";
                if (!report.Operations.Contains(name))
                {
                    report.Operations.Add(name);
                }

                try
                {
                    var value = await CallAsync(resource, operation, client, method);
                    report.Calls++;
                    report.Unmapped.AddRange(ModelGraph.UnmappedFields(value).Select(field => $"{name}: {field}"));
                }
                catch (Exception exception) when (exception is BelvoException or ArgumentException or InvalidOperationException or TargetInvocationException or JsonException)
                {
                    var inner = exception is TargetInvocationException { InnerException: { } cause } ? cause : exception;
                    report.Failures.Add($"{resource.Name}.{method.Name}: {inner.GetType().Name}: {inner.Message}");
                }
            }
        }

        return report;
    }

    private static int Rank(string verb) =>
        LastVerbs.Contains(verb) ? 100 + Array.IndexOf(LastVerbs, verb) : Array.IndexOf(VerbOrder, verb) is var index and >= 0 ? index : 50;

    private static string Verb(MethodInfo method) =>
        method.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal) ? method.Name[..^"WithResponseAsync".Length] : method.Name[..^"Async".Length];

    private async Task<object?> CallAsync(ResourceModel resource, OperationModel operation, object client, MethodInfo method)
    {
        if (operation.Name == "Resume")
        {
            return await ResumeAsync(resource, client, method);
        }

        var arguments = new List<object?>();
        foreach (var parameter in method.GetParameters())
        {
            arguments.Add(await ArgumentAsync(resource, operation, parameter));
        }

        var result = method.Invoke(client, [.. arguments]);
        return await UnwrapAsync(result);
    }

    private static async Task<object?> UnwrapAsync(object? result)
    {
        if (result is Task task)
        {
            await task;
            result = task.GetType().GetProperty("Result")?.GetValue(task);
        }
        else if (result is not null && result.GetType().GetMethod("GetPageAsync") is { } getPage)
        {
            var page = (Task)getPage.Invoke(result, [null, CancellationToken.None])!;
            await page;
            result = page.GetType().GetProperty("Result")!.GetValue(page);
        }

        return result is BelvoResponse response && result.GetType().GetProperty("Value") is { } value ? value.GetValue(response) : result;
    }

    private async Task<object?> ArgumentAsync(ResourceModel resource, OperationModel operation, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (type == typeof(BelvoRequestOptions) || type == typeof(FieldSelection))
        {
            return null;
        }

        if (type == typeof(int))
        {
            var institutions = await harness.Client.Institutions.ListAsync().GetPageAsync();
            return institutions.Results[0].Id;
        }

        if (type == typeof(Guid))
        {
            return await IdAsync(resource, operation);
        }

        if (typeof(ListOptions).IsAssignableFrom(type))
        {
            var options = Activator.CreateInstance(type)!;
            if (type.GetProperty("Link") is { } linkProperty && resource.Name != "Links")
            {
                linkProperty.SetValue(options, await LinkAsync(resource.Name));
            }

            // Another filter Belvo requires (the consents' user document): any document number.
            foreach (var filter in operation.Filters.Where(filter => filter.Required && filter.Name != "Link"))
            {
                type.GetProperty(filter.Name)?.SetValue(options, "76109277673");
            }

            return options;
        }

        return await RequestAsync(resource, operation, type);
    }

    /// <summary>The id a call needs: a link for the links resource, otherwise an item of the resource (a fresh one for a delete).</summary>
    private async Task<Guid> IdAsync(ResourceModel resource, OperationModel operation)
    {
        if (resource.Name == "Links")
        {
            return operation.Name is "Delete" or "DeleteInBackground" or "Refresh"
                ? (await harness.RegisterAsync()).Id
                : await LinkAsync(resource.Name);
        }

        var collection = resource.Find("List")!.Path;
        var link = await LinkAsync(resource.Name);
        var page = await harness.Client.SendAsync(HttpMethod.Get, $"{collection}?link={link}");
        var results = page.Value.GetProperty("results");
        if (results.GetArrayLength() == 0 && resource.Find("Retrieve") is { } retrieve)
        {
            // Deleted by an earlier call: retrieve the link's data again.
            await harness.Client.SendAsync(HttpMethod.Post, retrieve.Path, RequestJson(retrieve, link));
            page = await harness.Client.SendAsync(HttpMethod.Get, $"{collection}?link={link}");
            results = page.Value.GetProperty("results");
        }

        if (results.GetArrayLength() == 0)
        {
            throw new InvalidOperationException($"The emulator stores no {resource.Name} item for link {link}.");
        }

        return Guid.Parse(results[0].GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
    }

    /// <summary>A valid link at an institution that offers the resource, with its data retrieved once.</summary>
    private async Task<Guid> LinkAsync(string resource)
    {
        if (links.TryGetValue(resource, out var known))
        {
            return known;
        }

        var link = await harness.RegisterAsync(Institution(resource));
        links[resource] = link.Id;
        var retrieve = BelvoSpec.Operations.Resources.Single(r => r.Name == resource).Find("Retrieve");
        if (retrieve is not null)
        {
            var body = RequestJson(retrieve, link.Id);
            await harness.Client.SendAsync(HttpMethod.Post, retrieve.Path, body);
        }

        return link.Id;
    }

    private static string Institution(string resource) => resource switch
    {
        "Bills" or "BrazilBalances" or "Exchanges" or "BrazilInvestments" or "BrazilInvestmentTransactions" or "Consents" => "ofmockbank_br_retail",
        "ChileInvoices" or "ChileTaxStatus" or "ChileDebtReports" => "tatooine_cl_fiscal",
        "BrazilEmployments" => "inss_br_employment",
        "CurrentEmployments" or "EmploymentMetrics" or "EmploymentRecords" => "imss_mx_employment",
        "Invoices" or "TaxReturns" or "TaxStatus" or "TaxRetentions" or "TaxDeclarations" or "TaxComplianceStatus" or "FinancialStatements" => "tatooine_mx_fiscal",
        _ => "erebor_mx_retail",
    };

    /// <summary>A request body: the description's sample of the operation's body, on the resource's link and valid dates.</summary>
    private async Task<object?> RequestAsync(ResourceModel resource, OperationModel operation, Type type)
    {
        if (type == typeof(WidgetTokenRequest))
        {
            return null;
        }

        var link = resource.Name == "Links" ? Guid.Empty : await LinkAsync(resource.Name);
        if (resource.Name == "Links" && operation.Name == "Register")
        {
            return (LinkRegistration)EmulatorHarness.Registration(EmulatorCredentials.ValidUsername);
        }

        var json = RequestJson(operation, link);
        return json.Deserialize(BelvoSpec.TypeInfo(type));
    }

    private static JsonObject RequestJson(OperationModel operation, Guid link)
    {
        var root = BelvoSpec.Roots.Select(pair => pair.Root).FirstOrDefault(root =>
            root.Status is null && root.Path == operation.Path && root.Method.Equals(operation.Method, StringComparison.OrdinalIgnoreCase));
        var json = root is null ? new JsonObject() : SchemaSamples.Build(root.Schema) as JsonObject ?? new JsonObject();
        var today = DateOnly.FromDateTime(EmulatorHarness.Epoch.UtcDateTime);
        json.Remove("token");
        json.Remove("account");
        json.Remove("session");
        if (json["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() == "text")
        {
            // A free-text placeholder where Belvo expects a choice (tax returns): monthly with dates, else yearly.
            json["type"] = json.ContainsKey("date_from") ? "monthly" : "yearly";
        }

        if (link != Guid.Empty)
        {
            json["link"] = link.ToString();
        }

        foreach (var (name, value) in new[] { ("date_from", today.AddDays(-120)), ("date_to", today) })
        {
            if (json.ContainsKey(name))
            {
                json[name] = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        foreach (var name in new[] { "year_from", "year_to" })
        {
            if (json.ContainsKey(name))
            {
                json[name] = (today.Year - 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        if (json.ContainsKey("save_data"))
        {
            json["save_data"] = true;
        }

        if (json.ContainsKey("password2"))
        {
            json["password2"] = json["password"]?.DeepClone();
        }

        return json;
    }

    /// <summary>A resume: an MFA link's retrieve (or registration) answers 428, and the method resumes its session.</summary>
    private async Task<object?> ResumeAsync(ResourceModel resource, object client, MethodInfo method)
    {
        var registration = EmulatorHarness.Registration(EmulatorCredentials.MfaNumericUsername, Institution(resource.Name));
        TokenRequiredException challenge;
        if (resource.Name == "Links")
        {
            challenge = await Assert.ThrowsAsync<TokenRequiredException>(() => harness.Client.Links.RegisterAsync(registration));
        }
        else
        {
            var mfaLink = await Assert.ThrowsAsync<TokenRequiredException>(() => harness.Client.Links.RegisterAsync(registration));
            await harness.Client.Links.ResumeAsync(mfaLink.Session, EmulatorCredentials.MfaToken, mfaLink.Link);
            var retrieve = resource.Find("Retrieve")!;
            var body = RequestJson(retrieve, mfaLink.Link);
            challenge = await Assert.ThrowsAsync<TokenRequiredException>(() => harness.Client.SendAsync(HttpMethod.Post, retrieve.Path, body));
        }

        var arguments = method.GetParameters().Select(parameter => parameter.Name switch
        {
            "session" => challenge.Session,
            "token" => EmulatorCredentials.MfaToken,
            "link" => (object?)challenge.Link,
            "saveData" => true,
            "cancellationToken" => CancellationToken.None,
            _ => null,
        }).ToArray();
        return await UnwrapAsync(method.Invoke(client, arguments));
    }
}
